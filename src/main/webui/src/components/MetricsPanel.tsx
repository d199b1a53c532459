import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { api } from '../api/client';
import type { HomeDayFigures, Metrics } from '../api/types';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../lib/format';
import { Card, ErrorAlert, Loading, SelectField, ScrollRegion } from './forms';

const PERIODS = ['DAY', 'WEEK', 'MONTH'] as const;
const CHART_DAYS = 7;

/** The calendar day in the business's time zone (en-CA writes dates as 2026-03-10). */
function isoDay(d: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/** A task type in words: its translation, else the code made readable ("manual:answer-review" → "Answer review"). */
export function taskTypeName(code: string, t: TFunction): string {
  const words = code.replace(/^manual:/, '').replace(/[_-]+/g, ' ').trim();
  return t(`taskTypes.${code.replace(/[:.]/g, '_')}`, { defaultValue: words.charAt(0).toUpperCase() + words.slice(1) });
}

// the charts library is downloaded only when the chart is drawn, after the figures are on screen
const RecentDaysChart = lazy(() => import('./RecentDaysChart'));

/**
 * Automation %, hours saved and ROI with the inputs behind them, and a chart over recent days. Home passes what its
 * one call brought (this week and the last days); otherwise, or for another period, the panel asks for them.
 */
export function MetricsPanel({ businessId, timeZone, week, recentDays }: {
  businessId: string; timeZone: string; week?: Metrics | null; recentDays?: HomeDayFigures[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [period, setPeriod] = useState<(typeof PERIODS)[number]>('WEEK');
  const metrics = useQuery({
    queryKey: ['metrics', businessId, period],
    queryFn: () => api<Metrics>(`/businesses/${businessId}/metrics?period=${period}`),
    initialData: period === 'WEEK' && week ? week : undefined,
  });
  const given = recentDays && recentDays.length > 0;
  const days = Array.from({ length: CHART_DAYS }, (_, i) => isoDay(new Date(Date.now() - (CHART_DAYS - 1 - i) * 86_400_000), timeZone));
  const daily = useQueries({
    queries: days.map((date) => ({
      queryKey: ['metrics', businessId, 'DAY', date],
      queryFn: () => api<Metrics>(`/businesses/${businessId}/metrics?period=DAY&date=${date}`),
      enabled: !given,
    })),
  });
  const chart = given
    ? recentDays.map((d) => ({
        day: formatDate(d.date, lang), hours: Number(d.hoursSaved), automated: d.automatedTasks, sandbox: d.sandboxTasks,
      }))
    : daily.every((q) => q.data)
      ? daily.map((q) => ({
          day: formatDate(q.data!.from, lang),
          hours: Number(q.data!.figures.hoursSaved),
          automated: q.data!.figures.automatedTasks,
          sandbox: q.data!.figures.sandboxTasks,
        }))
      : null;
  const f = metrics.data?.figures;
  const inputs = metrics.data?.inputs;

  return (
    <Card title={t('metrics.title')}>
      <SelectField label={t('metrics.period')} value={period} onChange={(e) => setPeriod(e.target.value as typeof period)}
        options={PERIODS.map((p) => ({ value: p, label: t(`metrics.periods.${p}`) }))} />
      <ErrorAlert error={metrics.error} />
      {metrics.isLoading && <Loading />}
      {f && (
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Figure label={t('metrics.automation')} value={formatPercent(f.automationPercent, lang)}
            why={t('metrics.automationWhy', { automated: f.automatedTasks, total: f.totalTasks })} />
          <Figure label={t('metrics.hoursSaved')} value={formatNumber(Number(f.hoursSaved), lang)}
            why={t('metrics.hoursWhy', { minutes: f.minutesSaved })} />
          <Figure label={t('metrics.value')} value={formatMoney(f.valueOfTimeSaved, lang)}
            why={t('metrics.valueWhy', { rate: formatMoney(inputs?.hourlyRate, lang) })} />
          <Figure label={t('metrics.roi')} value={f.roi == null ? '—' : formatNumber(Number(f.roi), lang, 2) + '×'}
            why={f.roiNote ?? t('metrics.roiWhy', { price: formatMoney(f.subscriptionPrice, lang) })} />
        </dl>
      )}
      {f && f.sandboxTasks > 0 && (
        <p className="mt-3 text-sm text-amber-900">{t('metrics.sandboxNotCounted', { count: f.sandboxTasks })}</p>
      )}
      <h3 className="mt-6 mb-2 font-semibold">{t('metrics.recentDays')}</h3>
      {chart ? (
        <Suspense fallback={<Loading />}>
          <RecentDaysChart data={chart} />
        </Suspense>
      ) : (
        <Loading />
      )}
      {inputs && (
        <details className="mt-4">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold text-indigo-800">{t('metrics.inputs')}</summary>
          <p className="text-sm">
            {t('metrics.inputsRate', { rate: formatMoney(inputs.hourlyRate, lang), source: inputs.hourlyRateSource ?? '—' })}{' '}
            {t('metrics.inputsPlan', { plan: t(`planName.${inputs.plan}`, { defaultValue: inputs.plan }), price: formatMoney(inputs.monthlyPrice, lang) })}
          </p>
          <ScrollRegion>
            <table className="mt-2 w-full text-start text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-1 text-start">{t('metrics.taskType')}</th>
                  <th scope="col" className="text-end">{t('metrics.col.automated')}</th>
                  <th scope="col" className="text-end">{t('metrics.col.manual')}</th>
                  <th scope="col" className="text-end">{t('metrics.col.sandbox')}</th>
                  <th scope="col" className="text-end">{t('metrics.col.failed')}</th>
                  <th scope="col" className="text-end">{t('metrics.col.baseline')}</th>
                </tr>
              </thead>
              <tbody>
                {inputs.taskTypes.map((row) => (
                  <tr key={row.taskType} className="border-b border-slate-200">
                    <td className="py-1">{taskTypeName(row.taskType, t)}</td>
                    <td className="text-end">{formatNumber(row.automated, lang)}</td>
                    <td className="text-end">{formatNumber(row.manual, lang)}</td>
                    <td className="text-end">{formatNumber(row.sandbox, lang)}</td>
                    <td className="text-end">{formatNumber(row.failed, lang)}</td>
                    <td className="text-end">{row.baselinesUsed.join(', ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {inputs.taskTypes.length === 0 && <p className="text-sm text-slate-700">{t('metrics.noTasks')}</p>}
        </details>
      )}
    </Card>
  );
}

function Figure({ label, value, why }: { label: string; value: string; why: string }) {
  return (
    <div className="rounded-md border border-slate-300 p-3">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-2xl font-bold">{value}</dd>
      <dd className="text-xs text-slate-600">{why}</dd>
    </div>
  );
}
