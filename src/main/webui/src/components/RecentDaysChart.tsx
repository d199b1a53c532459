import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface DayPoint {
  day: string;
  hours: number;
  automated: number;
  sandbox: number;
}

/** The bar chart of the last days (its own file: recharts is loaded only when it is drawn); every bar labelled. */
export default function RecentDaysChart({ data }: { data: DayPoint[] }) {
  const { t } = useTranslation();
  return (
    <figure className="h-64 w-full" aria-label={t('metrics.chartLabel')}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} accessibilityLayer>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          <Bar dataKey="automated" name={t('metrics.automatedTasks')} fill="#4338ca">
            <LabelList dataKey="automated" position="top" fontSize={11} />
          </Bar>
          <Bar dataKey="sandbox" name={t('metrics.sandboxTasks')} fill="#b45309">
            <LabelList dataKey="sandbox" position="top" fontSize={11} />
          </Bar>
          <Bar dataKey="hours" name={t('metrics.hoursSaved')} fill="#15803d">
            <LabelList dataKey="hours" position="top" fontSize={11} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
