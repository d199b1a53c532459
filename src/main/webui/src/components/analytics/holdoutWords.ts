import type { TFunction } from 'i18next';
import { formatMoney, formatNumber } from '../../lib/format';

/** The figures a version's holdout metrics carry, whichever kind trained it. */
type Metrics = Record<string, unknown>;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * A version's accuracy on data it had not seen, in words an owner reads: for a forecast the average error a day and
 * how much better (or worse) it is than repeating last week; for churn how well it ranks customers who left; for
 * anomalies how much history it learned from. Null when the metrics say nothing we can put in words.
 */
export function holdoutWords(metrics: Metrics | null | undefined, target: string, currency: string, t: TFunction, lang: string): string | null {
  if (!metrics) return null;
  const mae = num(metrics.mae);
  const days = num(metrics.holdoutDays);
  if (mae !== null && days !== null) {
    const error = target === 'REVENUE'
      ? formatMoney({ amountMinor: Math.round(mae), currency }, lang)
      : target === 'APPOINTMENTS' ? t('analytics.words.appointments', { value: formatNumber(mae, lang, 1) }) : formatNumber(mae, lang, 1);
    const baseline = num((metrics.baseline as Metrics | undefined)?.mae);
    if (baseline === null || baseline <= 0) return t('analytics.words.forecast', { days, error });
    const change = Math.round((100 * (baseline - mae)) / baseline);
    const percent = formatNumber(Math.abs(change), lang, 0);
    const key = change > 0 ? 'forecastBetter' : change < 0 ? 'forecastWorse' : 'forecastSame';
    return t(`analytics.words.${key}`, { days, error, percent });
  }
  const auc = num(metrics.auc);
  if (auc !== null) {
    const rows = num(metrics.holdoutRows);
    const ranked = t('analytics.words.churn', {
      customers: formatNumber(rows, lang, 0), percent: formatNumber(auc * 100, lang, 0),
    });
    const precision = num(metrics.precision);
    return precision === null ? ranked
      : `${ranked} ${t('analytics.words.churnPrecision', { percent: formatNumber(precision * 100, lang, 0) })}`;
  }
  const history = num(metrics.historyDays);
  if (history !== null) return t('analytics.words.anomaly', { days: formatNumber(history, lang, 0) });
  return null;
}
