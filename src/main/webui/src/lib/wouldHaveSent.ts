import type { PlatformRequest } from '../api/types';

const TEXT_FIELDS = ['message', 'caption', 'summary', 'text', 'body', 'Body', 'comment', 'subject'];

/** The words a person would have seen, read from a recorded request body (JSON or form), if any. */
export function readableText(request: PlatformRequest): string | null {
  const body = request.body;
  if (!body) return null;
  try {
    return findText(JSON.parse(body));
  } catch {
    const form = new URLSearchParams(body);
    for (const field of TEXT_FIELDS) {
      const value = form.get(field);
      if (value) return value;
    }
    return null;
  }
}

function findText(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  for (const field of TEXT_FIELDS) {
    const v = record[field];
    if (typeof v === 'string' && v.trim()) return v;
    if (typeof v === 'object' && v !== null) {
      const nested = findText(v);
      if (nested) return nested;
    }
  }
  for (const v of Object.values(record)) {
    const nested = typeof v === 'object' ? findText(v) : null;
    if (nested) return nested;
  }
  return null;
}

export function prettyBody(body: string | null | undefined): string {
  if (!body) return '';
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}
