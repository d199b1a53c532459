import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, refreshTokens } from '../api/client';
import type { TokenResponse } from '../api/types';
import type { SsoEndpoint } from './sso';
import { clearSession, expiresAt, loadSession, onSessionChange, saveSession, type Session } from './session';

/** A session is refreshed this long before its access token ends, so no call meets an expired token. */
export const REFRESH_AHEAD_MS = 60_000;

interface Auth {
  session: Session | null;
  signedIn: (tokens: TokenResponse, sso?: SsoEndpoint) => void;
  logOut: () => Promise<void>;
  can: (permission: string) => boolean;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(loadSession);
  const queries = useQueryClient();
  useEffect(() => onSessionChange(setSession), []);
  useEffect(() => {
    const ends = session ? expiresAt(session.accessToken) : null;
    if (ends === null) return;
    const timer = setTimeout(() => void refreshTokens(), Math.max(0, ends - Date.now() - REFRESH_AHEAD_MS));
    return () => clearTimeout(timer);
  }, [session]);

  const auth: Auth = {
    session,
    signedIn: (tokens, sso) => {
      queries.clear();
      saveSession(tokens, sso);
    },
    logOut: async () => {
      const current = loadSession();
      try {
        if (current && !current.sso) await api('/auth/logout', { body: { refreshToken: current.refreshToken }, anonymous: true });
      } finally {
        queries.clear();
        clearSession();
      }
    },
    can: (permission) => session?.permissions.includes(permission) ?? false,
  };
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
