import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type OpeningPeriod, type Weekday } from '../api/types';

export type Hours = Record<Weekday, OpeningPeriod[]>;

const hhmm = (t: string) => t.slice(0, 5);

/** The hours as stored, with every day present (a missing day is closed). */
export function hoursOf(stored?: Partial<Record<Weekday, OpeningPeriod[]>> | null): Hours {
  return Object.fromEntries(WEEKDAYS.map((d) => [d, (stored?.[d] ?? []).map((p) => ({ opens: hhmm(p.opens), closes: hhmm(p.closes) }))])) as Hours;
}

/** Per day: a period that does not open before it closes, or periods that overlap (the service refuses both). */
export function hoursErrors(hours: Hours, t: (k: string, o?: Record<string, unknown>) => string): Partial<Record<Weekday, string>> {
  const errors: Partial<Record<Weekday, string>> = {};
  for (const d of WEEKDAYS) {
    const periods = [...hours[d]].sort((a, b) => a.opens.localeCompare(b.opens));
    if (periods.some((p) => !p.opens || !p.closes || p.opens >= p.closes)) errors[d] = t('hours.opensBeforeCloses');
    else if (periods.some((p, i) => i > 0 && p.opens < periods[i - 1].closes)) errors[d] = t('hours.overlap');
  }
  return errors;
}

interface Props {
  hours: Hours;
  onChange: (hours: Hours) => void;
  errors: Partial<Record<Weekday, string>>;
}

/** Opening hours per day, with as many periods as the day has (e.g. 09:00-14:00 and 16:00-20:00); none is closed. */
export function OpeningHours({ hours, onChange, errors }: Props) {
  const { t } = useTranslation();
  const setDay = (d: Weekday, periods: OpeningPeriod[]) => onChange({ ...hours, [d]: periods });
  const copyToAll = (d: Weekday) => onChange(Object.fromEntries(WEEKDAYS.map((x) => [x, hours[d].map((p) => ({ ...p }))])) as Hours);
  return (
    <ul className="divide-y divide-slate-200" aria-label={t('business.hours')}>
      {WEEKDAYS.map((d) => {
        const day = t(`days.${d}`);
        return (
          <li key={d} className="py-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="font-medium">{day}</span>
              {hours[d].length === 0 && <span className="text-sm text-slate-700">{t('hours.closed')}</span>}
            </div>
            {hours[d].map((p, i) => (
              <div key={i} className="mt-2 flex flex-wrap items-end gap-2">
                <label className="text-sm">{t('business.opens')}
                  <input type="time" value={p.opens} aria-label={t('hours.opensLabel', { day, n: i + 1 })}
                    aria-invalid={errors[d] ? true : undefined}
                    className="mt-1 block min-h-11 rounded-md border border-slate-400 px-2 py-2 text-base"
                    onChange={(e) => setDay(d, hours[d].map((x, j) => (j === i ? { ...x, opens: e.target.value } : x)))} />
                </label>
                <label className="text-sm">{t('business.closes')}
                  <input type="time" value={p.closes} aria-label={t('hours.closesLabel', { day, n: i + 1 })}
                    aria-invalid={errors[d] ? true : undefined}
                    className="mt-1 block min-h-11 rounded-md border border-slate-400 px-2 py-2 text-base"
                    onChange={(e) => setDay(d, hours[d].map((x, j) => (j === i ? { ...x, closes: e.target.value } : x)))} />
                </label>
                <button type="button" className="min-h-11 px-2 text-red-800 underline"
                  aria-label={t('hours.removeLabel', { day, n: i + 1 })}
                  onClick={() => setDay(d, hours[d].filter((_, j) => j !== i))}>{t('hours.remove')}</button>
              </div>
            ))}
            {errors[d] && <p role="alert" className="mt-1 text-sm font-medium text-red-800">{errors[d]}</p>}
            <div className="mt-2 flex flex-wrap gap-3">
              <button type="button" className="min-h-11 text-indigo-800 underline" aria-label={t('hours.addLabel', { day })}
                onClick={() => {
                  const last = hours[d][hours[d].length - 1];
                  setDay(d, [...hours[d], last ? { opens: last.closes, closes: last.closes < '20:00' ? '20:00' : '23:00' } : { opens: '10:00', closes: '20:00' }]);
                }}>{t('hours.add')}</button>
              {hours[d].length > 0 && d === 'MONDAY' && (
                <button type="button" className="min-h-11 text-indigo-800 underline" onClick={() => copyToAll(d)}>{t('hours.copyToAll')}</button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
