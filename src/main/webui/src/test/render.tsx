import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { vi } from 'vitest';

export type Handler = (init: RequestInit | undefined, url: string) => { status?: number; body?: unknown };

/** Stubs fetch with answers by "METHOD /path" (the path after /api/v1, without the query); records the calls. */
export function mockApi(routes: Record<string, Handler | object>) {
  const calls: { method: string; path: string; body?: unknown; contentType?: string }[] = [];
  vi.stubGlobal('fetch', vi.fn(async (input: string, init?: RequestInit) => {
    const url = String(input).replace(/^\/api\/v1/, '');
    const method = init?.method ?? 'GET';
    const path = url.split('?')[0];
    const contentType = (init?.headers as Record<string, string> | undefined)?.['Content-Type'];
    const raw = init?.body ? String(init.body) : undefined;
    calls.push({ method, path, contentType, body: raw === undefined ? undefined : contentType === 'application/json' ? JSON.parse(raw) : raw });
    const route = routes[`${method} ${path}`];
    if (route === undefined) return new Response(JSON.stringify({ status: 404, detail: `no mock for ${method} ${url}` }), { status: 404 });
    const answer = typeof route === 'function' ? (route as Handler)(init, url) : { body: route };
    const status = answer.status ?? 200;
    return new Response(JSON.stringify(answer.body), {
      status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  }));
  return calls;
}

export const BUSINESS = { id: 'b-1', name: 'Asha Salon', category: 'salon', city: 'Pune', country: 'IN', timeZone: 'Asia/Kolkata' };

/** Renders a page at a path inside the router and a fresh query client. */
export function renderAt(pattern: string, path: string, page: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <Routes><Route path={pattern} element={page} /></Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}
