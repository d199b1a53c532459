import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from './client';
import { loadSession, saveSession } from '../auth/session';

const tokens = (access: string, refresh: string) => ({
  accessToken: access, refreshToken: refresh, tokenType: 'Bearer', expiresIn: 900,
  tenantId: 't', userId: 'u', role: 'OWNER', permissions: [],
});
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });

afterEach(() => vi.unstubAllGlobals());

describe('api', () => {
  it('rotates the refresh token on a 401 and repeats the call with the new access token', async () => {
    saveSession(tokens('old-access', 'old-refresh'));
    const calls: { url: string; auth?: string; body?: string }[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
      const auth = (init.headers as Record<string, string>).Authorization;
      calls.push({ url, auth, body: init.body as string | undefined });
      if (url.endsWith('/auth/refresh')) return json(200, tokens('new-access', 'new-refresh'));
      return auth === 'Bearer new-access' ? json(200, [{ id: 'b1' }]) : json(401, { status: 401, detail: 'expired' });
    }));

    const businesses = await api<{ id: string }[]>('/businesses');

    expect(businesses).toEqual([{ id: 'b1' }]);
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/businesses', '/api/v1/auth/refresh', '/api/v1/businesses']);
    expect(JSON.parse(calls[1].body!)).toEqual({ refreshToken: 'old-refresh' });
    expect(loadSession()?.refreshToken).toBe('new-refresh');
  });

  it('signs out when the refresh token no longer works', async () => {
    saveSession(tokens('old-access', 'revoked'));
    vi.stubGlobal('fetch', vi.fn(async () => json(401, { status: 401, detail: 'Sign in again' })));
    await expect(api('/businesses')).rejects.toBeInstanceOf(ApiError);
    expect(loadSession()).toBeNull();
  });

  it('takes the answer early-home.js already asked for, once, only for the same path and token', async () => {
    saveSession(tokens('access-1', 'refresh-1'));
    const asked: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      asked.push(url);
      return json(200, { from: 'app' });
    }));
    window.__vlosEarly = { path: '/home', token: 'access-1', at: Date.now(), answer: Promise.resolve(json(200, { from: 'early' })) };

    expect(await api('/businesses')).toEqual({ from: 'app' }); // another path: the early answer stays
    expect(await api('/home')).toEqual({ from: 'early' });
    expect(await api('/home')).toEqual({ from: 'app' }); // taken once
    expect(asked).toEqual(['/api/v1/businesses', '/api/v1/home']);

    window.__vlosEarly = { path: '/home', token: 'an-older-token', at: Date.now(), answer: Promise.resolve(json(200, { from: 'early' })) };
    expect(await api('/home')).toEqual({ from: 'app' });
    window.__vlosEarly = { path: '/home', token: 'access-1', at: Date.now() - 60_000, answer: Promise.resolve(json(200, { from: 'early' })) };
    expect(await api('/home')).toEqual({ from: 'app' }); // asked a minute ago: too old
    window.__vlosEarly = { path: '/home', token: 'access-1', at: Date.now(), answer: Promise.reject(new TypeError('Failed to fetch')) };
    expect(await api('/home')).toEqual({ from: 'app' }); // the early call failed: asked again
    delete window.__vlosEarly;
  });

  it('goes through the refresh when the early answer is a 401', async () => {
    saveSession(tokens('ending-access', 'refresh-2'));
    vi.stubGlobal('fetch', vi.fn(async (url: string) =>
      (url.endsWith('/auth/refresh') ? json(200, tokens('fresh-access', 'refresh-3')) : json(200, { from: 'app' }))));
    window.__vlosEarly = { path: '/home', token: 'ending-access', at: Date.now(), answer: Promise.resolve(json(401, { status: 401 })) };
    expect(await api('/home')).toEqual({ from: 'app' });
    expect(loadSession()?.accessToken).toBe('fresh-access');
  });
});
