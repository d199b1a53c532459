import { useEffect, useSyncExternalStore } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from './client';
import { loadSession } from '../auth/session';

export type NotificationCategory = 'LEAD' | 'REVIEW' | 'TASK' | 'APPROVAL' | 'DELIVERY' | 'PLAN' | 'INSIGHT' | 'ANOMALY'
  | 'MODEL' | 'WORKFLOW' | 'SYSTEM' | 'SECURITY' | 'BILLING';
export type NotificationChannel = 'EMAIL' | 'PUSH' | 'SMS' | 'WHATSAPP' | 'SLACK' | 'WEBHOOK';
export type NotificationPriority = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';

export const CATEGORIES: NotificationCategory[] = ['LEAD', 'REVIEW', 'TASK', 'APPROVAL', 'DELIVERY', 'PLAN', 'INSIGHT',
  'ANOMALY', 'MODEL', 'WORKFLOW', 'SYSTEM', 'SECURITY', 'BILLING'];
export const CHANNELS: NotificationChannel[] = ['PUSH', 'EMAIL', 'SMS', 'WHATSAPP', 'SLACK', 'WEBHOOK'];

export interface NotificationDelivery {
  channel: NotificationChannel;
  status: string;
  dueAt?: string | null;
  detail?: string | null;
}

export interface AppNotification {
  id: string;
  sequence: number;
  category: NotificationCategory;
  priority: NotificationPriority;
  title: string;
  body?: string | null;
  link?: string | null;
  count: number;
  createdAt: string;
  readAt?: string | null;
  deliveries: NotificationDelivery[];
}

export interface NotificationPage {
  items: AppNotification[];
  nextBefore: number | null;
  unread: number;
}

export interface CategoryChoice {
  category: NotificationCategory;
  enabled: boolean;
  channels: NotificationChannel[];
  digest: boolean;
}

export interface NotificationPreferences {
  categories: CategoryChoice[];
  quietHours: { enabled: boolean; start: string; end: string } | null;
  timeZone: string | null;
  digestTime: string;
  email: string | null;
  phone: string | null;
}

/** What a page shows, by the event topic that changes it: the socket's "changed" messages refresh these. */
const TOPIC_QUERIES: Record<string, string[][]> = {
  'lead.created': [['leads'], ['metrics']],
  'lead.status_changed': [['leads'], ['lead']],
  'review.received': [['reviews']],
  'delivery.failed': [['deliveries'], ['manual-tasks'], ['plan']],
  'plan.finished': [['plan'], ['metrics'], ['manual-tasks']],
  'task.created': [['manual-tasks'], ['plan']],
  'task.done': [['manual-tasks'], ['manual-task'], ['plan']],
};

export const UNREAD_KEY = ['notifications', 'unread'];

/** Applies one socket message to the cached data; exported for tests. */
export function applySocketMessage(queries: QueryClient, message: { type: string; unread?: number; topic?: string }) {
  if (message.type === 'hello' && typeof message.unread === 'number') {
    queries.setQueryData(UNREAD_KEY, { unread: message.unread });
  } else if (message.type === 'notification') {
    void queries.invalidateQueries({ queryKey: ['notifications'] });
  } else if (message.type === 'changed' && message.topic) {
    for (const key of TOPIC_QUERIES[message.topic] ?? []) void queries.invalidateQueries({ queryKey: key });
  }
}

let socketOpen = false;
const openListeners = new Set<() => void>();

/** Exported for tests: whether the live socket is open (pages poll only while it is not). */
export function setSocketOpen(open: boolean) {
  if (socketOpen === open) return;
  socketOpen = open;
  openListeners.forEach((listener) => listener());
}

/** True while the socket is open: pages then refresh from its messages instead of polling. */
export function useSocketOpen(): boolean {
  return useSyncExternalStore((listener) => {
    openListeners.add(listener);
    return () => { openListeners.delete(listener); };
  }, () => socketOpen, () => false);
}

/**
 * Keeps one socket open while signed in: the token goes as the subprotocol after "vlos.bearer" (browsers cannot set
 * headers on a WebSocket, and a URL would put it in access logs), and after a drop (the service closes it when the token
 * expires) it reconnects with a fresh token and the last sequence it saw, so the service sends what was missed.
 */
export function useNotificationSocket() {
  const queries = useQueryClient();
  useEffect(() => {
    let socket: WebSocket | null = null;
    let stopped = false;
    let lastSeen = 0;
    let retry = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const connect = () => {
      const session = loadSession();
      if (stopped || !session || typeof WebSocket === 'undefined') return;
      const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
      socket = new WebSocket(`${scheme}://${window.location.host}/api/v1/notifications/socket?after=${lastSeen}`,
        ['vlos.bearer', session.accessToken]);
      socket.onopen = () => { retry = 0; setSocketOpen(true); };
      socket.onmessage = (event) => {
        const message = JSON.parse(String(event.data));
        if (message.type === 'notification') lastSeen = Math.max(lastSeen, message.notification.sequence);
        applySocketMessage(queries, message);
      };
      socket.onclose = () => {
        setSocketOpen(false);
        if (stopped) return;
        retry += 1;
        // an expired token is refreshed by an ordinary call before the next try
        void api('/notifications/unread-count').catch(() => undefined);
        timer = setTimeout(connect, Math.min(30_000, 1000 * 2 ** Math.min(retry, 5)));
      };
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
      setSocketOpen(false);
    };
  }, [queries]);
}

function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> {
  const padded = (text + '='.repeat((4 - (text.length % 4)) % 4)).replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(padded);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

export function pushSupported(): boolean {
  return typeof window !== 'undefined' && 'serviceWorker' in navigator && 'PushManager' in window
    && typeof Notification !== 'undefined';
}

/** Asks the browser for permission (only when the person presses the button), then registers this device. */
export async function enablePush(): Promise<'granted' | 'denied' | 'unsupported'> {
  if (!pushSupported()) return 'unsupported';
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return 'denied';
  const registration = await navigator.serviceWorker.register('/sw.js');
  const { publicKey } = await api<{ publicKey: string }>('/notifications/push/key');
  const subscription = await registration.pushManager.subscribe({
    userVisibleOnly: true, applicationServerKey: base64UrlToBytes(publicKey),
  });
  await api('/notifications/push/subscriptions', { body: subscription.toJSON() });
  return 'granted';
}
