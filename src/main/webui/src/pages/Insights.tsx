import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { useCurrentBusiness } from '../api/business';
import type { BudgetPlan, CompetitorAnalysis, CompetitorImport, Insight } from '../api/types';
import { CsvImport } from '../components/CsvImport';
import { Link } from 'react-router';
import { Button, Card, ErrorAlert, Loading, ScrollRegion } from '../components/forms';
import { formatMoney, formatNumber } from '../lib/format';
import { CurvesForm, MissingCurves, isMissingCurves } from '../components/BudgetCurves';
import { CompetitorAlerts } from '../components/CompetitorAlerts';

/** What to do next (ranked insights), who is nearby, and how the month's budget is best split. */
export function InsightsPage() {
  const { t } = useTranslation();
  const { business, isLoading } = useCurrentBusiness();
  if (isLoading || !business) return <Loading />;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t('insights.title')}</h1>
      <InsightsSection businessId={business.id} />
      <CompetitorsSection businessId={business.id} />
      <BudgetSection businessId={business.id} currency={business.monthlyBudget?.currency ?? 'INR'} />
    </div>
  );
}

export function InsightsSection({ businessId }: { businessId: string }) {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const key = ['insights', businessId];
  const insights = useQuery({ queryKey: key, queryFn: () => api<Insight[]>(`/businesses/${businessId}/insights`) });
  const refresh = useMutation({
    mutationFn: () => api<Insight[]>(`/businesses/${businessId}/insights/refresh`, { method: 'POST' }),
    onSuccess: (ranked) => queries.setQueryData(key, ranked.filter((i) => i.status === 'NEW')),
  });
  const act = useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'done' | 'dismiss' }) => api<Insight>(`/insights/${id}/${action}`, { method: 'POST' }),
    onSuccess: () => void queries.invalidateQueries({ queryKey: key }),
  });
  return (
    <Card title={t('insights.ranked')}>
      <div className="mb-3">
        <Button variant="secondary" busy={refresh.isPending} busyLabel={t('insights.refreshing')} onClick={() => refresh.mutate()}>
          {t('insights.refresh')}
        </Button>
      </div>
      <ErrorAlert error={refresh.error ?? act.error ?? insights.error} />
      {insights.isLoading && <Loading />}
      {insights.data?.length === 0 && <p>{t('insights.none')}</p>}
      {!!insights.data?.length && <ol className="space-y-3" aria-label={t('insights.ranked')}>
        {insights.data.map((i) => (
          <li key={i.id} className="rounded-md border border-slate-200 p-3">
            <p className="font-semibold">{i.title}</p>
            <p className="text-sm text-slate-700">
              {t(`priority.${i.priority}`, { defaultValue: i.priority })} · {t('insights.effort', { count: i.effortMinutes })}
              {i.actionableToday && ` · ${t('insights.today')}`}
              {i.costMinor > 0 && i.currency && ` · ${formatMoney({ amountMinor: i.costMinor, currency: i.currency }, i18n.language)}`}
            </p>
            {i.description && <p className="mt-1">{i.description}</p>}
            {i.expectedImpact && <p className="mt-1 text-sm text-slate-800">{i.expectedImpact}</p>}
            {i.status === 'NEW' && (
              <div className="mt-2 flex flex-wrap gap-2">
                <Button busy={act.isPending && act.variables?.id === i.id && act.variables.action === 'done'}
                  label={t('insights.done', { title: i.title })}
                  onClick={() => act.mutate({ id: i.id, action: 'done' })}>{t('insights.doneShort')}</Button>
                <Button variant="secondary" busy={act.isPending && act.variables?.id === i.id && act.variables.action === 'dismiss'}
                  label={t('insights.dismiss', { title: i.title })}
                  onClick={() => act.mutate({ id: i.id, action: 'dismiss' })}>{t('insights.dismissShort')}</Button>
              </div>
            )}
          </li>
        ))}
      </ol>}
    </Card>
  );
}

export const COMPETITORS_CSV_HEADER = 'name,latitude,longitude,rating,review_count,price_level,website,has_website,closes_at,external_id';

export function CompetitorsSection({ businessId }: { businessId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queries = useQueryClient();
  const analysis = useQuery({
    queryKey: ['competitors', businessId],
    queryFn: () => api<CompetitorAnalysis>(`/businesses/${businessId}/competitors`),
  });
  const a = analysis.data;
  const rank = (r: CompetitorAnalysis['rankByRating']) => (r?.rank ? t('competitors.rankOf', { rank: r.rank, outOf: r.outOf }) : '—');
  return (
    <Card title={t('competitors.title')}>
      <ErrorAlert error={analysis.error} />
      {analysis.isLoading && <Loading />}
      {a && (
        <>
          <dl className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
            <div><dt className="text-sm text-slate-700">{t('competitors.inRadius', { km: formatNumber(a.serviceRadiusKm, lang) })}</dt>
              <dd className="text-xl font-semibold">{formatNumber(a.competitorsInRadius, lang, 0)}</dd></div>
            <div><dt className="text-sm text-slate-700">{t('competitors.saturation')}</dt>
              <dd className="text-xl font-semibold">{formatNumber(a.saturationPerKm2, lang, 2)}</dd></div>
            <div><dt className="text-sm text-slate-700">{t('competitors.rankRating')}</dt><dd className="text-xl font-semibold">{rank(a.rankByRating)}</dd></div>
            <div><dt className="text-sm text-slate-700">{t('competitors.rankReviews')}</dt><dd className="text-xl font-semibold">{rank(a.rankByReviewCount)}</dd></div>
          </dl>
          {a.gaps.length > 0 && (
            <>
              <h3 className="font-semibold">{t('competitors.gaps')}</h3>
              <ul className="mb-4 list-disc ps-5">{a.gaps.map((g) => <li key={g.type}>{g.title}</li>)}</ul>
            </>
          )}
          {a.competitors.length === 0 ? <p>{t('competitors.none')}</p> : (
            <ScrollRegion>
              <table className="w-full text-start text-sm">
                <caption className="sr-only">{t('competitors.title')}</caption>
                <thead>
                  <tr className="border-b border-slate-300 text-start">
                    <th scope="col" className="py-2 pe-2 text-start">{t('competitors.name')}</th>
                    <th scope="col" className="py-2 pe-2 text-end">{t('competitors.distance')}</th>
                    <th scope="col" className="py-2 pe-2 text-end">{t('competitors.rating')}</th>
                    <th scope="col" className="py-2 text-end">{t('competitors.reviews')}</th>
                  </tr>
                </thead>
                <tbody>
                  {a.competitors.map((c) => (
                    <tr key={c.id} className="border-b border-slate-100">
                      <th scope="row" className="py-2 pe-2 text-start font-medium">{c.name}</th>
                      <td className="py-2 pe-2 text-end">{t('competitors.km', { km: formatNumber(c.distanceMetres / 1000, lang, 1) })}</td>
                      <td className="py-2 pe-2 text-end">{c.rating == null ? '—' : formatNumber(c.rating, lang, 1)}</td>
                      <td className="py-2 text-end">{c.reviewCount == null ? '—' : formatNumber(c.reviewCount, lang, 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
        </>
      )}
      <CompetitorAlerts businessId={businessId} />
      <h3 className="mt-4 mb-2 font-semibold">{t('competitors.import')}</h3>
      <p className="mb-3 text-sm text-slate-700">{t('competitors.importExplain')}</p>
      <CsvImport<CompetitorImport> path={`/businesses/${businessId}/competitors/import-csv`} label={t('competitors.file')}
        header={COMPETITORS_CSV_HEADER} onImported={() => void queries.invalidateQueries({ queryKey: ['competitors', businessId] })}
        describe={(r) => t('competitors.imported', { count: r.competitors, added: r.newCompetitors, alerts: r.alertsRaised })} />
    </Card>
  );
}

export function BudgetSection({ businessId, currency = 'INR' }: { businessId: string; currency?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const plan = useQuery({ queryKey: ['budget-plan', businessId], queryFn: () => api<BudgetPlan>(`/businesses/${businessId}/budget/plan`) });
  const p = plan.data;
  return (
    <Card title={t('budgetPlan.title')}>
      <p className="mb-3"><Link to="/insights/budget" className="inline-flex min-h-11 items-center text-indigo-800 underline">{t('budgetGoals.link')}</Link></p>
      {isMissingCurves(plan.error) ? (
        <><MissingCurves error={plan.error} /><CurvesForm businessId={businessId} currency={currency} /></>
      ) : <ErrorAlert error={plan.error} />}
      {plan.isLoading && <Loading />}
      {p && (
        <>
          <p className="mb-3">
            {t('budgetPlan.budget', { amount: formatMoney(p.budget, lang) })}
            {p.strategy && <> · <span className="font-semibold">{t('budgetPlan.strategy', { strategy: t(`strategies.${p.strategy}`, { defaultValue: p.strategy }) })}</span></>}
          </p>
          {p.strategyFocus && <p className="mb-3 text-sm text-slate-700">{p.strategyFocus}</p>}
          <h3 className="font-semibold">{t('budgetPlan.allocation')}</h3>
          <ul className="mb-4 space-y-2">
            {p.allocations.map((a) => {
              const share = p.budget?.amountMinor ? a.spend.amountMinor / p.budget.amountMinor : 0;
              return (
                <li key={a.activity}>
                  <div className="flex justify-between gap-2">
                    <span>{t(`activities.${a.activity}`)}</span><span className="font-medium">{formatMoney(a.spend, lang)}</span>
                  </div>
                  <div className="h-2 rounded bg-slate-200" aria-hidden="true">
                    <div className="h-2 rounded bg-indigo-600" style={{ width: `${Math.round(share * 100)}%` }} />
                  </div>
                </li>
              );
            })}
          </ul>
          {p.paidRecommendations.length > 0 && (
            <>
              <h3 className="font-semibold">{t('budgetPlan.paid')}</h3>
              <ul className="mb-4 list-disc ps-5">{p.paidRecommendations.map((r) => <li key={r.activity}>{r.text}</li>)}</ul>
            </>
          )}
          <h3 className="font-semibold">{t('budgetPlan.free')}</h3>
          <ul className="list-disc ps-5">
            {p.freeActions.map((f) => (
              <li key={f.key}>
                {f.title} · {t('budgetPlan.minutesWeek', { count: f.minutesPerWeek })}
                {f.automated && ` · ${t('budgetPlan.automated')}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
