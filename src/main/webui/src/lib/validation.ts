import { fieldError } from '../components/forms';

/** Field errors found in the browser before a call, by the field names the service uses (rules[0].label). */
export type LocalErrors = Record<string, string>;

/** The browser's error for a field, else the service's (problem+json) one. */
export function errorOf(local: LocalErrors, server: unknown, field: string): string | undefined {
  return local[field] ?? fieldError(server, field);
}

/** A whole number in [min, max], or null when the text is not one. */
export function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const n = Number(text.trim());
  return n >= min && n <= max ? n : null;
}
