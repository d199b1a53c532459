import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { CompetitorAlert } from '../api/ownerTypes';
import { ErrorAlert, Loading } from './forms';
import { formatDateTime, formatNumber } from '../lib/format';

/** Sharp moves of competitors' ratings or review counts between two observations, newest first. */
export function CompetitorAlerts({ businessId }: { businessId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const alerts = useQuery({
    queryKey: ['competitors', businessId, 'alerts'],
    queryFn: () => api<CompetitorAlert[]>(`/businesses/${businessId}/competitors/alerts`),
  });
  const value = (a: CompetitorAlert, v: number) => formatNumber(v, lang, a.kind === 'RATING' ? 1 : 0);
  return (
    <section aria-labelledby="competitor-alerts" className="mt-4">
      <h3 id="competitor-alerts" className="mb-2 font-semibold">{t('competitorAlerts.title')}</h3>
      <ErrorAlert error={alerts.error} />
      {alerts.isLoading && <Loading />}
      {alerts.data?.length === 0 && <p className="text-sm text-slate-700">{t('competitorAlerts.none')}</p>}
      {!!alerts.data?.length && (
        <ul className="space-y-2" aria-label={t('competitorAlerts.title')}>
          {alerts.data.map((a) => {
            const up = a.currentValue > a.previousValue;
            return (
              <li key={a.id} className={`rounded-md border-s-4 p-2 ${up ? 'border-amber-600 bg-amber-50' : 'border-emerald-600 bg-emerald-50'}`}>
                <p className="font-medium">
                  {t(a.kind === 'RATING' ? 'competitorAlerts.rating' : 'competitorAlerts.reviews', {
                    name: a.competitorName, from: value(a, a.previousValue), to: value(a, a.currentValue) })}
                </p>
                <p className="text-sm text-slate-700">
                  {t('competitorAlerts.between', { from: formatDateTime(a.previousAt, lang), to: formatDateTime(a.observedAt, lang) })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
