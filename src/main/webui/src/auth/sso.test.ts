import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { authorizeUrl, challengeOf, finishSignIn, newVerifier, startSignIn, type SsoSettings } from './sso';

const settings: SsoSettings = { enabled: true, issuer: 'https://sso.example.com/realms/vlos', clientId: 'vlos-web', displayName: 'Acme SSO' };

describe('PKCE for the single sign-on', () => {
  afterEach(() => sessionStorage.clear());

  it('makes verifiers of 43 base64url characters, never the same twice', () => {
    const a = newVerifier();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newVerifier()).not.toBe(a);
  });

  it('derives the S256 challenge as base64url(SHA-256(verifier)) without padding', async () => {
    const verifier = newVerifier();
    expect(await challengeOf(verifier)).toBe(createHash('sha256').update(verifier).digest('base64url'));
  });

  it('asks the realm for a code with the challenge, S256, the state and our callback', () => {
    const url = new URL(authorizeUrl(settings, 'https://app.example.com', 'st4te', 'ch4llenge'));
    expect(url.origin + url.pathname).toBe('https://sso.example.com/realms/vlos/protocol/openid-connect/auth');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code', client_id: 'vlos-web', redirect_uri: 'https://app.example.com/sso/callback',
      scope: 'openid', state: 'st4te', code_challenge: 'ch4llenge', code_challenge_method: 'S256',
    });
  });

  it('swaps the code with the verifier it started with, then asks the service who that is', async () => {
    let sentTo = '';
    await startSignIn(settings, (url) => { sentTo = url; });
    const sent = new URL(sentTo).searchParams;
    const calls: { url: string; init?: RequestInit }[] = [];
    const fetcher = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
      calls.push({ url: String(url), init });
      const body = String(url).endsWith('/token')
        ? { access_token: 'kc-access', refresh_token: 'kc-refresh', expires_in: 300 }
        : { tenantId: 't-1', userId: 'u-1', role: 'VIEWER', permissions: ['tenant:read'] };
      return new Response(JSON.stringify(body), { status: 200 });
    }) as unknown as typeof fetch;

    const { tokens, sso } = await finishSignIn(`?code=c0de&state=${sent.get('state')}`, fetcher);

    const form = new URLSearchParams(String(calls[0].init?.body));
    expect(form.get('grant_type')).toBe('authorization_code');
    expect(form.get('code')).toBe('c0de');
    expect(await challengeOf(form.get('code_verifier') ?? '')).toBe(sent.get('code_challenge'));
    expect(calls[1].url).toBe('/api/v1/auth/sso/session');
    expect((calls[1].init?.headers as Record<string, string>).Authorization).toBe('Bearer kc-access');
    expect(tokens).toMatchObject({ accessToken: 'kc-access', refreshToken: 'kc-refresh', tenantId: 't-1', role: 'VIEWER' });
    expect(sso.tokenEndpoint).toBe('https://sso.example.com/realms/vlos/protocol/openid-connect/token');
  });

  it('refuses an answer whose state does not match, and a second use of the same request', async () => {
    await startSignIn(settings, () => {});
    const fetcher = vi.fn() as unknown as typeof fetch;
    await expect(finishSignIn('?code=c0de&state=forged', fetcher)).rejects.toThrow(/does not match/);
    await expect(finishSignIn('?code=c0de&state=forged', fetcher)).rejects.toThrow(/No sign-in/);
    expect(fetcher).not.toHaveBeenCalled();
  });
});
