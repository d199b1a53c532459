// What public/early-home.js asked for before the app's JavaScript arrived: Home's one call, with the path and
// token it was asked with. The app takes it once, for the same path and token, instead of asking again.

/** An early answer older than this is not used (Home was not the first screen after all): the app asks afresh. */
export const EARLY_FOR_MS = 30_000;

export interface EarlyCall {
  path: string;
  token: string;
  /** When it was asked (ms since the epoch). */
  at: number;
  answer: Promise<Response>;
  /** The answer's body, once it arrived and was read (only for a 2xx answer from the service itself). */
  home?: unknown;
}

declare global {
  interface Window {
    __vlosEarly?: EarlyCall;
  }
}

function matching(path: string, token: string | undefined): EarlyCall | null {
  const early = typeof window === 'undefined' ? undefined : window.__vlosEarly;
  if (!early) return null;
  if (Date.now() - early.at > EARLY_FOR_MS) {
    delete window.__vlosEarly;
    return null;
  }
  return early.path === path && early.token === token ? early : null;
}

/** The early answer for this path and token, once; null when there is none (then the app asks itself). */
export function takeEarlyAnswer(path: string, token: string | undefined): Promise<Response> | null {
  const early = matching(path, token);
  if (!early) return null;
  delete window.__vlosEarly;
  return early.answer;
}

/** The early answer's body if it has already arrived (so Home is drawn on the first render), once. */
export function takeEarlyBody<T>(path: string, token: string | undefined): T | undefined {
  const early = matching(path, token);
  if (!early || early.home === undefined) return undefined;
  delete window.__vlosEarly;
  return early.home as T;
}
