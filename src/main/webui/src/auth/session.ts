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
  listeners.forEach((l) => l(null));
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
