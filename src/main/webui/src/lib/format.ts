import type { Money } from '../api/types';

// Our first market is India: a language shown alone formats money, numbers and dates the Indian way
// (₹12,34,567.89). A language given with a region keeps its region.
export function intlLocale(language: string): string {
  if (language.includes('-')) return language;
  return ['en', 'hi'].includes(language) ? `${language}-IN` : language;
}

export function formatMoney(money: Money | null | undefined, language: string): string {
  if (!money) return '—';
  const format = new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency: money.currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amountMinor / 10 ** digits);
}

export function formatNumber(value: number | null | undefined, language: string, fractionDigits = 1): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: fractionDigits }).format(value);
}

export function formatPercent(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

export function formatDateTime(iso: string | null | undefined, language: string, timeZone?: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(iso),
  );
}

export function formatDate(isoDate: string, language: string): string {
  // a plain date (2026-03-10) is a calendar day, not an instant: format it at noon UTC so no zone moves it
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T12:00:00Z`),
  );
}

/** Two calendar days as one range in the person's language ("7–13 Dec 2026", "७–१३ दिस॰ २०२६"), never ISO. */
export function formatDayRange(fromIsoDate: string, toIsoDate: string, language: string): string {
  const format = new Intl.DateTimeFormat(intlLocale(language), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return format.formatRange(new Date(`${fromIsoDate}T12:00:00Z`), new Date(`${toIsoDate}T12:00:00Z`));
}

/**
 * An amount as typed to plain digits with a decimal point: "12,34,567.89" and "5,000" (commas group digits) stay
 * apart from "1.500,50" and "1500,5" (a decimal comma, as people type in es, fr, de: a comma followed by only one or
 * two digits at the end never groups digits, since a group has three). Anything else is left for the caller to refuse.
 */
export function plainDecimal(typed: string): string {
  const compact = typed.replace(/[\s₹]/g, '');
  return /,\d{1,2}$/.test(compact) ? compact.replace(/\./g, '').replace(',', '.') : compact.replace(/,/g, '');
}

/** Rupees typed by a person ("5,000", "5000.50" or "5000,50") to minor units; null when not a number. */
export function toMinorUnits(typed: string): number | null {
  const cleaned = plainDecimal(typed);
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}
