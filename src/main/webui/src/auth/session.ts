import type { TokenResponse } from '../api/types';
import type { SsoEndpoint } from './sso';

// The signed-in session lives in localStorage so a reload keeps you signed in.
const KEY = 'vlos.session';

export interface Session {
  accessToken: string;
  refreshToken: string;
  userId: string;
  tenantId: string;
  role: string;
  permissions: string[];
  /** Set when signed in through the company's single sign-on: tokens refresh at the realm, not here. */
  sso?: SsoEndpoint;
}

type Listener = (session: Session | null) => void;
const listeners = new Set<Listener>();

export function loadSession(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function saveSession(tokens: TokenResponse, sso?: SsoEndpoint): Session {
  const session: Session = {
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    userId: tokens.userId,
    tenantId: tokens.tenantId,
    role: tokens.role,
    permissions: tokens.permissions,
    ...(sso ? { sso } : {}),
  };
  localStorage.setItem(KEY, JSON.stringify(session));
  listeners.forEach((l) => l(session));
  return session;
}

export function clearSession(): void {
  localStorage.removeItem(KEY);
  // the offline copy of the last answers goes with the session
  if (typeof navigator !== 'undefined' && navigator.serviceWorker?.controller) {
    navigator.serviceWorker.controller.postMessage('forget-data');
  }
  listeners.forEach((l) => l(null));
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Why the last session ended and where the person was, so the login page can say so and bring them back.
const ENDED = 'vlos.sessionEnded';
const RETURN_TO = 'vlos.returnTo';

/** The session ran out (its refresh was refused): remember where the person was, then show the login page. */
export function expireSession(): void {
  if (!loadSession()) return;
  const here = window.location.pathname + window.location.search;
  sessionStorage.setItem(ENDED, '1');
  if (!here.startsWith('/login')) sessionStorage.setItem(RETURN_TO, here);
  clearSession();
}

/** True once after a session ran out (not after logging out). */
export function sessionHasEnded(): boolean {
  return sessionStorage.getItem(ENDED) === '1';
}

/** Where to go after logging in (the page the session ended on, else home); forgets it. */
export function takeReturnPath(fallback: string): string {
  const to = sessionStorage.getItem(RETURN_TO);
  sessionStorage.removeItem(RETURN_TO);
  sessionStorage.removeItem(ENDED);
  return to && to.startsWith('/') && !to.startsWith('//') ? to : fallback;
}

/** When the access token ends (ms since the epoch), from its exp claim; null when it cannot be read. */
export function expiresAt(accessToken: string): number | null {
  try {
    const payload = accessToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const exp = (JSON.parse(atob(payload)) as { exp?: number }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}
