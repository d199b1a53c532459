import { useTranslation } from 'react-i18next';
import type { Forecast, ForecastPoint } from '../../api/analytics';
import { formatDate, formatMoney, formatNumber } from '../../lib/format';

/**
 * The chart's points for screen readers: a table (visually hidden) of each day's actual, or its forecast with the
 * 95% interval, in the same units the chart shows.
 */
export function ForecastPoints({ forecast }: { forecast: Forecast }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const value = (v: number | null) => v == null ? '—'
    : forecast.unit === 'minor' ? formatMoney({ amountMinor: Math.round(Math.max(0, v)), currency: forecast.currency ?? 'INR' }, lang)
      : formatNumber(Math.max(0, v), lang, 1);
  const row = (p: ForecastPoint, kind: 'actual' | 'forecast') => (
    <tr key={`${kind}-${p.date}`}>
      <th scope="row">{formatDate(p.date, lang)}</th>
      <td>{kind === 'actual' ? value(p.value) : '—'}</td>
      <td>{kind === 'forecast' ? value(p.value) : '—'}</td>
      <td>{kind === 'forecast' && p.lower != null && p.upper != null ? t('analytics.points.range', { from: value(p.lower), to: value(p.upper) }) : '—'}</td>
    </tr>
  );
  // a table keeps its content's width even when told 1px: the hidden box is a div around it (no sideways scroll at 375 px)
  return (
    <div className="sr-only">
      <table>
        <caption>{t('analytics.points.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analytics.points.day')}</th>
            <th scope="col">{t('analytics.actual')}</th>
            <th scope="col">{t('analytics.predicted')}</th>
            <th scope="col">{t('analytics.interval')}</th>
          </tr>
        </thead>
        <tbody>
          {forecast.actuals.map((p) => row(p, 'actual'))}
          {forecast.forecast.map((p) => row(p, 'forecast'))}
        </tbody>
      </table>
    </div>
  );
}
