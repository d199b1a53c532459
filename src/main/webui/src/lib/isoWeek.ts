/** The ISO week of a day ("2026-W49"), counted in UTC from the calendar date given. */
export function isoWeek(day: Date): string {
  const d = new Date(Date.UTC(day.getFullYear(), day.getMonth(), day.getDate()));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday); // the Thursday of the week names its year
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The ISO week `weeks` weeks after the one of `day`. */
export function isoWeekAfter(day: Date, weeks: number): string {
  const later = new Date(day);
  later.setDate(later.getDate() + 7 * weeks);
  return isoWeek(later);
}

/** The calendar days (YYYY-MM-DD) from Monday to Sunday of the week `weeks` weeks after the one of `day`. */
export function weekDaysAfter(day: Date, weeks: number): { monday: string; sunday: string } {
  const d = new Date(Date.UTC(day.getFullYear(), day.getMonth(), day.getDate() + 7 * weeks));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() || 7) - 1));
  const monday = d.toISOString().slice(0, 10);
  d.setUTCDate(d.getUTCDate() + 6);
  return { monday, sunday: d.toISOString().slice(0, 10) };
}
