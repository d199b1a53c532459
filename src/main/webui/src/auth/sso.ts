import type { TokenResponse } from '../api/types';

/** What the service tells the web app about the company's single sign-on (GET /api/v1/auth/sso). */
export interface SsoSettings {
  enabled: boolean;
  issuer?: string;
  clientId?: string;
  displayName?: string;
}

/** Where a single sign-on session refreshes its tokens. */
export interface SsoEndpoint {
  tokenEndpoint: string;
  clientId: string;
}

/** The realm's tokens, as its token endpoint answers. */
interface RealmTokens {
  access_token: string;
  refresh_token: string;
  expires_in: number;
}

const PENDING = 'vlos.sso.pending';

function base64Url(bytes: Uint8Array): string {
  let text = '';
  bytes.forEach((b) => {
    text += String.fromCharCode(b);
  });
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A fresh PKCE code verifier (RFC 7636): 32 random bytes, 43 characters of base64url. */
export function newVerifier(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** The S256 code challenge of a verifier: base64url(SHA-256(verifier)). */
export async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

export function endpointsOf(settings: SsoSettings) {
  const base = `${settings.issuer}/protocol/openid-connect`;
  return { authorize: `${base}/auth`, token: `${base}/token` };
}

export function redirectUri(origin: string): string {
  return `${origin}/sso/callback`;
}

/** The authorization request of the code flow with PKCE. */
export function authorizeUrl(settings: SsoSettings, origin: string, state: string, challenge: string): string {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: settings.clientId ?? '',
    redirect_uri: redirectUri(origin),
    scope: 'openid',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  return `${endpointsOf(settings).authorize}?${params}`;
}

/** Sends the browser to the realm's sign-in page; the verifier and state wait in this tab's sessionStorage. */
export async function startSignIn(settings: SsoSettings, go: (url: string) => void = (url) => window.location.assign(url)) {
  const verifier = newVerifier();
  const state = newVerifier();
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, settings }));
  go(authorizeUrl(settings, window.location.origin, state, await challengeOf(verifier)));
}

/**
 * Finishes the sign-in on the callback page: checks the state, swaps the code (with the verifier) for tokens, then
 * asks the service who they sign in as. The pending request is used once, whatever happens.
 */
export async function finishSignIn(search: string, fetcher: typeof fetch = fetch): Promise<{ tokens: TokenResponse; sso: SsoEndpoint }> {
  const pending = sessionStorage.getItem(PENDING);
  sessionStorage.removeItem(PENDING);
  const params = new URLSearchParams(search);
  if (!pending) throw new Error('No sign-in was started in this tab');
  const { verifier, state, settings } = JSON.parse(pending) as { verifier: string; state: string; settings: SsoSettings };
  if (params.get('error')) throw new Error(params.get('error_description') ?? params.get('error') ?? 'Sign-in failed');
  if (!params.get('code') || params.get('state') !== state) throw new Error('The sign-in answer does not match the request');
  const sso = { tokenEndpoint: endpointsOf(settings).token, clientId: settings.clientId ?? '' };
  const realm = await tokenRequest(sso, {
    grant_type: 'authorization_code',
    code: params.get('code') ?? '',
    redirect_uri: redirectUri(window.location.origin),
    code_verifier: verifier,
  }, fetcher);
  return { tokens: await sessionFor(realm, fetcher), sso };
}

/** A new access token from the realm's refresh token. */
export async function refreshSignIn(sso: SsoEndpoint, refreshToken: string, fetcher: typeof fetch = fetch): Promise<TokenResponse> {
  return sessionFor(await tokenRequest(sso, { grant_type: 'refresh_token', refresh_token: refreshToken }, fetcher), fetcher);
}

async function tokenRequest(sso: SsoEndpoint, form: Record<string, string>, fetcher: typeof fetch): Promise<RealmTokens> {
  const response = await fetcher(sso.tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...form, client_id: sso.clientId }).toString(),
  });
  if (!response.ok) throw new Error(`The sign-in service answered ${response.status}`);
  return (await response.json()) as RealmTokens;
}

async function sessionFor(realm: RealmTokens, fetcher: typeof fetch): Promise<TokenResponse> {
  const response = await fetcher('/api/v1/auth/sso/session', {
    headers: { Accept: 'application/json', Authorization: `Bearer ${realm.access_token}` },
  });
  if (!response.ok) throw new Error('This account has no access here; ask your administrator');
  const who = (await response.json()) as { tenantId: string; userId: string; role: string; permissions: string[] };
  return { accessToken: realm.access_token, tokenType: 'Bearer', expiresIn: realm.expires_in, refreshToken: realm.refresh_token, ...who };
}
