import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from '../i18n';
import { mockApi, renderAt } from '../test/render';
import { NotificationSettingsPage, NotificationsPage } from './Notifications';
import { NotificationBell } from '../components/NotificationBell';
import { applySocketMessage, setSocketOpen, useNotificationSocket, useSocketOpen } from '../api/notifications';

afterEach(() => vi.unstubAllGlobals());

/** A WebSocket the test drives: it records the URL and lets the test deliver messages. */
class FakeSocket {
  static last: FakeSocket | null = null;
  url: string;
  protocols?: string[];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  constructor(url: string, protocols?: string[]) {
    this.url = url;
    this.protocols = protocols;
    FakeSocket.last = this;
  }
  close() {}
  deliver(message: object) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
}

function BellWithSocket() {
  useNotificationSocket();
  return <NotificationBell />;
}

const SESSION = { accessToken: 'tok en', refreshToken: 'r', userId: 'u', tenantId: 't', role: 'OWNER', permissions: [] };

const item = (id: string, sequence: number, readAt: string | null = null) => ({
  id, sequence, category: 'LEAD', priority: 'HIGH', title: `New lead: ${id}`, body: 'From form', link: `/leads/${id}`,
  count: 1, createdAt: '2026-12-07T05:00:00Z', updatedAt: '2026-12-07T05:00:00Z', readAt,
  deliveries: [{ channel: 'PUSH', status: 'HELD', dueAt: '2026-12-07T07:00:00Z', detail: null }],
});

function LiveFlag() {
  useNotificationSocket();
  return <span>{useSocketOpen() ? 'live' : 'polling'}</span>;
}

describe('notification centre', () => {
  it('pages refresh from the socket: a finished plan or a new task invalidates their data, and polling stops while it is open', async () => {
    const queries = new QueryClient();
    for (const key of [['plan', 'b1'], ['manual-tasks', 'b1'], ['leads', 'b1'], ['reviews', 'b1']]) {
      queries.setQueryData(key, { any: true });
    }
    applySocketMessage(queries, { type: 'changed', topic: 'plan.finished' });
    applySocketMessage(queries, { type: 'changed', topic: 'task.created' });
    expect(queries.getQueryState(['plan', 'b1'])?.isInvalidated).toBe(true);
    expect(queries.getQueryState(['manual-tasks', 'b1'])?.isInvalidated).toBe(true);
    expect(queries.getQueryState(['leads', 'b1'])?.isInvalidated).toBe(false);
    expect(queries.getQueryState(['reviews', 'b1'])?.isInvalidated).toBe(false);

    localStorage.setItem('vlos.session', JSON.stringify(SESSION));
    vi.stubGlobal('WebSocket', FakeSocket);
    mockApi({ 'GET /notifications/unread-count': () => ({ body: { unread: 0 } }) });
    render(
      <QueryClientProvider client={new QueryClient()}><LiveFlag /></QueryClientProvider>,
    );
    expect(screen.getByText('polling')).toBeTruthy();
    act(() => FakeSocket.last!.onopen!());
    expect(screen.getByText('live')).toBeTruthy();
    act(() => FakeSocket.last!.onclose!());
    expect(screen.getByText('polling')).toBeTruthy();
    setSocketOpen(false);
  });

  it('the bell shows the unread count and updates it live from the socket, without polling', async () => {
    await i18n.changeLanguage('en');
    localStorage.setItem('vlos.session', JSON.stringify(SESSION));
    vi.stubGlobal('WebSocket', FakeSocket);
    let unread = 2;
    const calls = mockApi({ 'GET /notifications/unread-count': () => ({ body: { unread } }) });
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter><BellWithSocket /></MemoryRouter>
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('link', { name: '2 unread notifications' })).toBeTruthy();
    expect(FakeSocket.last?.url).toContain('/api/v1/notifications/socket?after=0');
    expect(FakeSocket.last?.url).not.toContain('tok');
    expect(FakeSocket.last?.protocols).toEqual(['vlos.bearer', 'tok en']);

    unread = 3;
    act(() => FakeSocket.last!.deliver({ type: 'notification', notification: item('l-9', 41) }));
    expect(await screen.findByRole('link', { name: '3 unread notifications' })).toBeTruthy();
    act(() => FakeSocket.last!.deliver({ type: 'hello', unread: 5 }));
    expect((await screen.findByTestId('unread-count')).textContent).toBe('5');
    expect(calls.filter((c) => c.path === '/notifications/unread-count')).toHaveLength(2);
  });

  it('lists notifications with their deliveries and marks one read', async () => {
    await i18n.changeLanguage('en');
    const calls = mockApi({
      'GET /notifications': { items: [item('a', 2), item('b', 1, '2026-12-07T06:00:00Z')], nextBefore: null, unread: 1 },
      'POST /notifications/a/read': item('a', 2, '2026-12-07T06:30:00Z'),
    });
    renderAt('/notifications', '/notifications', <NotificationsPage />);
    expect(await screen.findByRole('link', { name: 'New lead: a' })).toBeTruthy();
    expect(screen.getAllByText(/Push: held for quiet hours/)).toHaveLength(2);
    const first = screen.getByRole('link', { name: 'New lead: a' }).closest('li')!;
    await userEvent.click(within(first).getByRole('button', { name: 'Mark read' }));
    expect(calls.some((c) => c.method === 'POST' && c.path === '/notifications/a/read')).toBe(true);
  });

  it('saves the preferences in Hindi, naming a wrong field', async () => {
    await i18n.changeLanguage('hi');
    const prefs = {
      categories: [{ category: 'LEAD', enabled: true, channels: ['PUSH'], digest: false }],
      quietHours: { enabled: true, start: '22:00', end: '07:00' }, timeZone: null, digestTime: '08:00', email: null, phone: null,
    };
    const calls = mockApi({
      'GET /notifications/preferences': prefs,
      'PUT /notifications/preferences': (init) => {
        const body = JSON.parse(String(init?.body));
        return body.phone === '123'
          ? { status: 400, body: { status: 400, title: 'Bad', errors: [{ field: 'phone', message: 'must be E.164' }] } }
          : { body };
      },
    });
    renderAt('/notifications/settings', '/notifications/settings', <NotificationSettingsPage />);
    const leads = await screen.findByRole('group', { name: 'नए लीड और जवाब' });
    await userEvent.click(within(leads).getByRole('checkbox', { name: 'ईमेल' }));
    await userEvent.type(screen.getByLabelText('SMS और WhatsApp के लिए आपका फ़ोन'), '123');
    await userEvent.click(screen.getByRole('button', { name: 'सहेजें' }));
    expect(await screen.findByText('must be E.164')).toBeTruthy();
    await userEvent.clear(screen.getByLabelText('SMS और WhatsApp के लिए आपका फ़ोन'));
    await userEvent.click(screen.getByRole('button', { name: 'सहेजें' }));
    expect(await screen.findByText('सहेजा गया।')).toBeTruthy();
    const saved = calls.filter((c) => c.method === 'PUT').at(-1)!.body as typeof prefs;
    expect(saved.categories.find((c) => c.category === 'LEAD')!.channels).toEqual(['PUSH', 'EMAIL']);
    expect(saved.categories).toHaveLength(13);
    expect(saved.phone).toBeNull();
    await i18n.changeLanguage('en');
  });
});
