import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from '../i18n';
import { api } from '../api/client';
import { AuthProvider, useAuth } from './AuthContext';
import { LoginPage } from '../pages/auth';
import { expiresAt, loadSession, saveSession } from './session';

const TOKENS = { tokenType: 'Bearer', expiresIn: 900, accessToken: 'old', refreshToken: 'r-old', userId: 'u', tenantId: 't', role: 'OWNER', permissions: [] as string[] };

function json(status: number, body: object) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

/** The app in small: the login page while signed out (at any path), else the page it was on. */
function Shell() {
  const { session } = useAuth();
  return session ? <Where /> : <LoginPage />;
}

function jwt(expSeconds: number) {
  return `x.${btoa(JSON.stringify({ exp: expSeconds }))}.y`;
}

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('an expired session', () => {
  it('says so on the login page and brings the person back to where they were after logging in', async () => {
    await i18n.changeLanguage('en');
    saveSession(TOKENS);
    window.history.replaceState(null, '', '/leads/42');
    vi.stubGlobal('fetch', vi.fn(async (url: string) => url.endsWith('/auth/login')
      ? json(200, { ...TOKENS, accessToken: 'new', refreshToken: 'r-new' })
      : json(401, { status: 401, detail: 'expired' })));
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter initialEntries={['/leads/42']}>
          <AuthProvider>
            <Routes><Route path="*" element={<Shell />} /></Routes>
          </AuthProvider>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(screen.getByTestId('where').textContent).toBe('/leads/42');

    await api('/leads/42').catch(() => undefined); // 401, and the refresh is refused too

    expect(loadSession()).toBeNull();
    expect((await screen.findByRole('status')).textContent).toContain('Your session ended');
    await userEvent.type(screen.getByLabelText('Email'), 'a@b.in');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect((await screen.findByTestId('where')).textContent).toBe('/leads/42');
  });

  it('a log-out is not an expiry: the login page says nothing', async () => {
    await i18n.changeLanguage('en');
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter><AuthProvider><LoginPage /></AuthProvider></MemoryRouter>
      </QueryClientProvider>,
    );
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('a session about to expire', () => {
  it('is refreshed by itself a minute before its token ends', async () => {
    vi.useFakeTimers();
    try {
      const inTwoMinutes = Math.floor(Date.now() / 1000) + 120;
      saveSession({ ...TOKENS, accessToken: jwt(inTwoMinutes) });
      const fetchMock = vi.fn(async () => json(200, { ...TOKENS, accessToken: jwt(inTwoMinutes + 900), refreshToken: 'r-2' }));
      vi.stubGlobal('fetch', fetchMock);
      render(<QueryClientProvider client={new QueryClient()}><AuthProvider><p /></AuthProvider></QueryClientProvider>);
      expect(fetchMock).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(61_000);
      expect(fetchMock).toHaveBeenCalledWith('/api/v1/auth/refresh', expect.objectContaining({ method: 'POST' }));
      expect(loadSession()?.refreshToken).toBe('r-2');
      expect(expiresAt(loadSession()!.accessToken)).toBe((inTwoMinutes + 900) * 1000);
    } finally {
      vi.useRealTimers();
    }
  });
});
