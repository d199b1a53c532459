import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from '../i18n';
import { api } from '../api/client';
import { setReachable } from '../api/connection';
import { ErrorAlert } from './forms';
import { ConnectionBanner } from './ConnectionBanner';

function renderBanner(client = new QueryClient()) {
  return render(<QueryClientProvider client={client}><ConnectionBanner /></QueryClientProvider>);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  act(() => setReachable(true));
});

describe('ConnectionBanner', () => {
  it('says in plain words that the service cannot be reached, and goes away when it answers again', async () => {
    await i18n.changeLanguage('en');
    renderBanner();
    expect(screen.queryByTestId('connection-banner')).toBeNull();
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    const failed = await api('/home').catch((e: unknown) => e);
    expect(await screen.findByTestId('connection-banner')).toHaveProperty('textContent',
      'The service cannot be reached right now. You are seeing the last information we had; we keep trying.');
    render(<ErrorAlert error={failed} />);
    expect(screen.getByRole('alert').textContent).toBe('The service cannot be reached right now.We will try again by ourselves.');
    expect(screen.getByRole('alert').textContent).not.toContain('Failed to fetch');

    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 200 })));
    await api('/home');
    expect(screen.queryByTestId('connection-banner')).toBeNull();
  });

  it('says the phone is offline when it is', async () => {
    await i18n.changeLanguage('en');
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderBanner();
    expect(screen.getByTestId('connection-banner').textContent).toContain('You are offline.');
  });

  it('asks again by itself while the service cannot be reached', async () => {
    vi.useFakeTimers();
    try {
      const client = new QueryClient();
      const refetch = vi.spyOn(client, 'refetchQueries');
      renderBanner(client);
      act(() => setReachable(false));
      const before = refetch.mock.calls.length;
      await act(async () => { vi.advanceTimersByTime(10_000); });
      expect(refetch.mock.calls.length).toBeGreaterThan(before);
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes an answer from the offline copy as a sign the service was not reached', async () => {
    await i18n.changeLanguage('en');
    renderBanner();
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"businesses":[]}', { status: 200, headers: { 'X-Vlos-Offline-Copy': '1' } })));
    expect(await api('/home')).toEqual({ businesses: [] });
    expect(await screen.findByTestId('connection-banner')).toBeTruthy();
  });
});
