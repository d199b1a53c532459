import type { Problem, TokenResponse } from './types';
import { expireSession, loadSession, saveSession } from '../auth/session';
import { FROM_OFFLINE_COPY, ServiceUnreachable, setReachable } from './connection';
import { refreshSignIn } from '../auth/sso';
import { takeEarlyAnswer } from './early';

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

/** Rotates the refresh token once for all callers that got a 401 at the same time (or before the token ends). */
export function refreshTokens(): Promise<boolean> {
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
      const response = await reach(`${BASE}/auth/refresh`, {
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

/** fetch, telling the app whether the service answered (a network failure becomes ServiceUnreachable). */
async function reach(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    setReachable(false);
    throw new ServiceUnreachable(typeof navigator !== 'undefined' && navigator.onLine === false);
  }
  setReachable(!response.headers?.get?.(FROM_OFFLINE_COPY));
  return response;
}

/** The answer public/early-home.js already asked for; if that call failed, asked again. */
async function reachEarly(early: Promise<Response>, url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await early;
  } catch {
    return reach(url, init);
  }
  setReachable(!response.headers?.get?.(FROM_OFFLINE_COPY));
  return response;
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
  const method = options.method ?? (options.body === undefined && !options.raw ? 'GET' : 'POST');
  const init = {
    method,
    headers,
    body: options.raw ? options.raw.text : options.body === undefined ? undefined : JSON.stringify(options.body),
  };
  const early = session && method === 'GET' && !retried ? takeEarlyAnswer(path, session.accessToken) : null;
  const response = early ? await reachEarly(early, `${BASE}${path}`, init) : await reach(`${BASE}${path}`, init);
  if (response.status === 401 && session && !retried) {
    if (await refreshTokens()) return api<T>(path, options, true);
    expireSession(); // the app shows the login page, says why, and comes back here after it
  }
  if (!response.ok) throw new ApiError(await problemOf(response));
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
