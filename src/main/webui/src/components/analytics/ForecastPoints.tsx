import { useTranslation } from 'react-i18next';
import type { Forecast, ForecastPoint } from '../../api/analytics';
import { formatDate, formatMoney, formatNumber } from '../../lib/format';

/** A value of the forecast in the units the chart shows (money in the forecast's currency, else a number). */
function useValue(forecast: Forecast | undefined) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return (v: number | null) => v == null ? '—'
    : forecast?.unit === 'minor' ? formatMoney({ amountMinor: Math.round(Math.max(0, v)), currency: forecast.currency ?? 'INR' }, lang)
      : formatNumber(Math.max(0, v), lang, 1);
}

/** What one point of the chart says, read out for it: "10 Mar 2026: forecast ₹10,000.00, 95% interval … to …". */
export function usePointLabel(forecast: Forecast | undefined) {
  const { t, i18n } = useTranslation();
  const value = useValue(forecast);
  return (p: ForecastPoint, kind: 'actual' | 'forecast') => {
    const day = formatDate(p.date, i18n.language);
    if (kind === 'actual') return t('analytics.points.actualPoint', { day, value: value(p.value) });
    return p.lower != null && p.upper != null
      ? t('analytics.points.forecastRangePoint', { day, value: value(p.value), from: value(p.lower), to: value(p.upper) })
      : t('analytics.points.forecastPoint', { day, value: value(p.value) });
  };
}

/** A line's dot renderer for Recharts (each dot keyed by its index, as Recharts asks of a custom dot). */
export function dotsOf(kind: 'actual' | 'forecast') {
  return (dot: DotProps) => <PointDot key={`${kind}-${dot.index}`} dot={dot} kind={kind} />;
}

/** What Recharts gives a line's dot renderer (the chart row of the point is its payload). */
export interface DotProps {
  cx?: number | null;
  cy?: number | null;
  index?: number;
  stroke?: string;
  payload?: { actualLabel?: string; forecastLabel?: string };
}

/**
 * A dot of the chart with its own accessible name (role img, aria-label): a screen reader reaches each point inside
 * the chart's figure, not only through the table. A day without a value on this line draws nothing.
 */
export function PointDot({ dot, kind }: { dot: DotProps; kind: 'actual' | 'forecast' }) {
  const label = kind === 'actual' ? dot.payload?.actualLabel : dot.payload?.forecastLabel;
  if (dot.cx == null || dot.cy == null || !label) return <g />;
  return <circle cx={dot.cx} cy={dot.cy} r={2.5} fill={dot.stroke} stroke={dot.stroke}
    role="img" aria-label={label} />;
}

/**
 * The chart's points for screen readers: a table (visually hidden) of each day's actual, or its forecast with the
 * 95% interval, in the same units the chart shows.
 */
export function ForecastPoints({ forecast }: { forecast: Forecast }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const value = useValue(forecast);
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
