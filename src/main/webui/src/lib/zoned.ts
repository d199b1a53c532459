import { intlLocale } from './format';

/** Minutes the zone is ahead of UTC at an instant (Asia/Kolkata: 330). */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(instant));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60000);
}

/** The instant (ISO) of a day's midnight in a time zone: "2026-03-14" in Asia/Kolkata → 2026-03-13T18:30:00.000Z. */
export function startOfDay(isoDate: string, timeZone: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d);
  const first = guess - offsetMinutes(guess, timeZone) * 60000;
  return new Date(guess - offsetMinutes(first, timeZone) * 60000).toISOString();
}

/** The calendar day (YYYY-MM-DD) in a time zone, `days` after the instant. */
export function dayIn(timeZone: string, instant: Date = new Date(), days = 0): string {
  const shifted = new Date(instant.getTime() + days * 86400000);
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(shifted);
}

/** The day after a calendar day. */
export function nextDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** A time of day in the language's way (3:00 pm), of an instant in a zone. */
export function formatTime(iso: string, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** "2026-03-14T15:00" from a datetime-local input → "2026-03-14T15:00:00" for the API's localStart. */
export function toLocalStart(typed: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?$/.exec(typed.trim());
  return match ? `${match[1]}${match[2] ?? ':00'}` : null;
}

/** A number of minutes as whole hours and the minutes left over (90 → 1 h, 30 min). */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}
