import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api } from '../api/client';
import { useCurrentBusiness } from '../api/business';
import type { ManualMessageResult } from '../api/types';
import type { AnalyticsModel, Anomaly, CustomersAtRisk, Forecast } from '../api/analytics';
import { Button, Card, ErrorAlert, Loading, TextArea } from '../components/forms';
import { ModelsPanel } from '../components/analytics/ModelLifecycle';
import { ForecastPoints, dotsOf, usePointLabel } from '../components/analytics/ForecastPoints';
import { formatDate, formatMoney, formatNumber } from '../lib/format';

/** The analytics hub: the forecast with its interval, customers at risk, open anomalies and the models behind them. */
export function AnalyticsPage() {
  const { t } = useTranslation();
  const { business, isLoading } = useCurrentBusiness();
  const models = useQuery({ queryKey: ['analytics-models'], queryFn: () => api<AnalyticsModel[]>('/analytics/models') });
  // the money a revenue model's error is told in (a role that may not read the account sees rupees)
  const tenant = useQuery({ queryKey: ['tenant'], queryFn: () => api<{ currency: string }>('/tenant'), retry: false, staleTime: Infinity });
  if (isLoading || !business) return <Loading />;
  const mine = (models.data ?? []).filter((m) => m.businessId === null || m.businessId === business.id);
  const deployed = (kind: string, target?: string) =>
    mine.find((m) => m.status === 'DEPLOYED' && m.kind === kind && (!target || m.target === target));
  const forecast = deployed('FORECAST', 'REVENUE') ?? deployed('FORECAST');
  const churn = deployed('CLASSIFICATION', 'CHURN');
  const currency = tenant.data?.currency ?? 'INR';
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t('analytics.title')}</h1>
      <ErrorAlert error={models.error} />
      {models.isLoading && <Loading />}
      {models.data && (
        <>
          {forecast ? <ForecastSection model={forecast} /> : <Card title={t('analytics.forecast')}><p>{t('analytics.noForecast')}</p></Card>}
          {churn ? <AtRiskSection model={churn} /> : <Card title={t('analytics.atRisk')}><p>{t('analytics.noChurn')}</p></Card>}
          <AnomaliesSection businessId={business.id} />
          <ModelsPanel models={mine} businessId={business.id} currency={currency} />
        </>
      )}
    </div>
  );
}

function ForecastSection({ model }: { model: AnalyticsModel }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const forecast = useQuery({
    queryKey: ['analytics-forecast', model.id],
    queryFn: () => api<Forecast>(`/analytics/models/${model.id}/forecast?days=30`),
  });
  const f = forecast.data;
  const pointLabel = usePointLabel(f);
  const money = f?.unit === 'minor';
  const scale = (v: number | null) => (v == null ? null : money ? v / 100 : v);
  const data = f ? [
    ...f.actuals.map((p) => ({ day: formatDate(p.date, lang), actual: scale(p.value), actualLabel: pointLabel(p, 'actual') })),
    ...f.forecast.map((p) => ({
      day: formatDate(p.date, lang), forecast: scale(p.value), forecastLabel: pointLabel(p, 'forecast'),
      interval: p.lower == null || p.upper == null ? null : [Math.max(0, scale(p.lower)!), scale(p.upper)],
    })),
  ] : [];
  const next7 = f?.forecast.slice(0, 7).reduce((sum, p) => sum + p.value, 0) ?? 0;
  return (
    <Card title={t('analytics.forecast')}>
      <ErrorAlert error={forecast.error} />
      {forecast.isLoading && <Loading />}
      {f && (
        <>
          <p className="mb-2">
            {t('analytics.next7', {
              value: money ? formatMoney({ amountMinor: Math.round(next7), currency: f.currency ?? 'INR' }, lang) : formatNumber(next7, lang, 0),
            })}
          </p>
          {/* a figure, not an image: its points are named one by one (PointDot), and the table below lists them */}
          <div className="h-64 w-full" role="figure" aria-label={t('analytics.chartLabel')}>
            <ResponsiveContainer width="100%" height="100%">
              <ComposedChart data={data}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="day" tick={{ fontSize: 11 }} minTickGap={24} />
                <YAxis tick={{ fontSize: 11 }} width={56} />
                <Tooltip />
                <Legend />
                <Area dataKey="interval" name={t('analytics.interval')} fill="#c7d2fe" stroke="none" />
                <Line dataKey="actual" name={t('analytics.actual')} stroke="#0f172a"
                  dot={dotsOf('actual')} />
                <Line dataKey="forecast" name={t('analytics.predicted')} stroke="#4338ca" strokeDasharray="5 3"
                  dot={dotsOf('forecast')} />
              </ComposedChart>
            </ResponsiveContainer>
          </div>
          <ForecastPoints forecast={f} />
          <HoldoutNote metrics={f.holdoutMetrics} />
        </>
      )}
    </Card>
  );
}

function HoldoutNote({ metrics }: { metrics: Record<string, unknown> | null }) {
  const { t, i18n } = useTranslation();
  if (!metrics || typeof metrics.smape !== 'number') return null;
  const baseline = metrics.baseline as { smape?: number } | undefined;
  return (
    <p className="mt-2 text-sm text-slate-700">
      {t('analytics.holdout', {
        days: metrics.holdoutDays, error: formatNumber(metrics.smape, i18n.language),
        baseline: formatNumber(baseline?.smape ?? null, i18n.language),
      })}
    </p>
  );
}

function AtRiskSection({ model }: { model: AnalyticsModel }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const risk = useQuery({
    queryKey: ['analytics-at-risk', model.id],
    queryFn: () => api<CustomersAtRisk>(`/analytics/models/${model.id}/customers-at-risk?limit=20`),
  });
  const [offer, setOffer] = useState(t('analytics.offerDefault'));
  const send = useMutation({
    mutationFn: (contactId: string) =>
      api<ManualMessageResult>(`/contacts/${contactId}/messages`, { body: { text: offer, channel: 'WHATSAPP' } }),
  });
  const [results, setResults] = useState<Record<string, ManualMessageResult>>({});
  const r = risk.data;
  return (
    <Card title={t('analytics.atRisk')}>
      <ErrorAlert error={risk.error ?? send.error} />
      {risk.isLoading && <Loading />}
      {r && (
        <>
          <p className="mb-3">
            {t('analytics.atRiskSummary', {
              count: r.atRisk, scored: r.scored,
              value: formatMoney({ amountMinor: r.valueAtRiskMonthlyMinor, currency: r.currency }, lang),
            })}
          </p>
          {r.customers.length > 0 && (
            <TextArea label={t('analytics.offerText')} value={offer} onChange={setOffer} rows={2} />
          )}
          <ul className="space-y-3" aria-label={t('analytics.atRisk')}>
            {r.customers.map((c) => {
              const who = c.name || c.phone || c.contactId;
              const result = results[c.contactId];
              return (
                <li key={c.contactId} className="rounded-md border border-slate-200 p-3">
                  <p className="font-semibold">{who}</p>
                  <p className="text-sm text-slate-700">
                    {t('analytics.probability', { value: formatNumber(c.probability * 100, lang, 0) })}
                    {' · '}{t('analytics.monthlyValue', { value: formatMoney({ amountMinor: c.valueAtRiskMonthlyMinor, currency: c.currency }, lang) })}
                    {c.lastVisit && ` · ${t('analytics.lastVisit', { day: formatDate(c.lastVisit, lang) })}`}
                  </p>
                  <p className="text-sm">
                    {t('analytics.reasons')}{' '}
                    {c.reasons.map((x) => t(`analytics.features.${x.feature}`, { defaultValue: x.feature })).join(', ')}
                  </p>
                  <div className="mt-2">
                    <Button variant="secondary" busy={send.isPending && send.variables === c.contactId}
                      label={t('analytics.sendOfferTo', { who })} disabled={!offer.trim()}
                      onClick={() => send.mutate(c.contactId, { onSuccess: (res) => setResults((all) => ({ ...all, [c.contactId]: res })) })}>
                      {t('analytics.sendOffer')}
                    </Button>
                  </div>
                  {result && (
                    <p role="status" className="mt-1 text-sm">
                      {t(`deliveryStatus.${result.status}`, { defaultValue: result.status })}
                      {(result.reason || result.message) && `: ${[result.reason, result.message].filter(Boolean).join(' · ')}`}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Card>
  );
}

function AnomaliesSection({ businessId }: { businessId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queries = useQueryClient();
  const key = ['analytics-anomalies', businessId];
  const anomalies = useQuery({
    queryKey: key,
    queryFn: () => api<Anomaly[]>(`/analytics/anomalies?status=OPEN&businessId=${businessId}`),
  });
  const detect = useMutation({
    mutationFn: () => api<Anomaly[]>('/analytics/anomalies/detect', { body: { businessId } }),
    onSuccess: () => void queries.invalidateQueries({ queryKey: key }),
  });
  const setStatus = useMutation({
    mutationFn: ({ id, status }: { id: string; status: string }) =>
      api<Anomaly>(`/analytics/anomalies/${id}/status`, { method: 'PUT', body: { status } }),
    onSuccess: () => void queries.invalidateQueries({ queryKey: key }),
  });
  const value = (a: Anomaly, v: number) =>
    a.currency ? formatMoney({ amountMinor: Math.round(v), currency: a.currency }, lang) : formatNumber(v, lang, 0);
  return (
    <Card title={t('analytics.anomalies')}>
      <div className="mb-3">
        <Button variant="secondary" busy={detect.isPending} busyLabel={t('analytics.detecting')} onClick={() => detect.mutate()}>
          {t('analytics.detect')}
        </Button>
      </div>
      <ErrorAlert error={detect.error ?? setStatus.error ?? anomalies.error} />
      {anomalies.isLoading && <Loading />}
      {anomalies.data?.length === 0 && <p>{t('analytics.noAnomalies')}</p>}
      {!!anomalies.data?.length && (
        <ul className="space-y-3" aria-label={t('analytics.anomalies')}>
          {anomalies.data.map((a) => (
            <li key={a.id} className="rounded-md border border-slate-200 p-3">
              <p className="font-semibold">
                {t(`analytics.metrics.${a.metric}`, { defaultValue: a.metric })} · {formatDate(a.day, lang)}
                {' · '}{t(`analytics.severity.${a.severity}`)}
              </p>
              <p className="text-sm text-slate-700">
                {t(`analytics.direction.${a.direction}`)}: {t('analytics.actualVsExpected', { actual: value(a, a.actual), expected: value(a, a.expected) })}
                {a.impactMinor != null && a.currency && ` · ${t('analytics.impact', { value: formatMoney({ amountMinor: a.impactMinor, currency: a.currency }, lang) })}`}
              </p>
              <div className="mt-2 flex flex-wrap gap-2">
                {(['ACKNOWLEDGED', 'RESOLVED', 'FALSE_ALARM'] as const).map((s) => (
                  <Button key={s} variant="secondary" busy={setStatus.isPending && setStatus.variables?.id === a.id && setStatus.variables.status === s}
                    onClick={() => setStatus.mutate({ id: a.id, status: s })}>{t(`analytics.mark.${s}`)}</Button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
