import type { Problem, TokenResponse } from './types';
import { clearSession, loadSession, saveSession } from '../auth/session';
import { refreshSignIn } from '../auth/sso';

/** A failed call with the service's problem+json, and its field errors by field name. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly fieldErrors: Record<string, string>;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.status = problem.status;
    this.problem = problem;
    this.fieldErrors = {};
    for (const e of problem.errors ?? []) {
      this.fieldErrors[e.field] = this.fieldErrors[e.field] ? `${this.fieldErrors[e.field]}; ${e.message}` : e.message;
    }
  }
}

const BASE = '/api/v1';

async function problemOf(response: Response): Promise<Problem> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as Problem;
    return { ...body, status: body.status ?? response.status };
  } catch {
    return { status: response.status, title: response.statusText, detail: text || response.statusText };
  }
}

let refreshing: Promise<boolean> | null = null;

/** Rotates the refresh token once for all callers that got a 401 at the same time. */
function refreshTokens(): Promise<boolean> {
  if (!refreshing) {
    const session = loadSession();
    refreshing = (async () => {
      if (!session) return false;
      if (session.sso) {
        try {
          saveSession(await refreshSignIn(session.sso, session.refreshToken), session.sso);
          return true;
        } catch {
          return false;
        }
      }
      const response = await fetch(`${BASE}/auth/refresh`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken: session.refreshToken }),
      });
      if (!response.ok) return false;
      saveSession((await response.json()) as TokenResponse);
      return true;
    })().finally(() => {
      refreshing = null;
    });
  }
  return refreshing;
}

export interface CallOptions {
  method?: string;
  body?: unknown;
  /** Calls that do not need a session (sign-up, login). */
  anonymous?: boolean;
  /** A body sent as it is (e.g. a CSV file's text) with this content type, instead of JSON. */
  raw?: { text: string; contentType: string };
}

export async function api<T>(path: string, options: CallOptions = {}, retried = false): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.raw) headers['Content-Type'] = options.raw.contentType;
  const session = options.anonymous ? null : loadSession();
  if (session) headers.Authorization = `Bearer ${session.accessToken}`;
  const response = await fetch(`${BASE}${path}`, {
    method: options.method ?? (options.body === undefined && !options.raw ? 'GET' : 'POST'),
    headers,
    body: options.raw ? options.raw.text : options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (response.status === 401 && session && !retried) {
    if (await refreshTokens()) return api<T>(path, options, true);
    clearSession(); // the app shows the login page again
  }
  if (!response.ok) throw new ApiError(await problemOf(response));
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
