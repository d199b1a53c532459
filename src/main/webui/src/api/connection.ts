import { useSyncExternalStore } from 'react';

/** Whether the service answered the last call: false after a call that never reached it (or came from the offline copy). */
let reachable = true;
const listeners = new Set<() => void>();

export function setReachable(value: boolean): void {
  if (value === reachable) return;
  reachable = value;
  listeners.forEach((l) => l());
}

export function isReachable(): boolean {
  return reachable;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useReachable(): boolean {
  return useSyncExternalStore(subscribe, isReachable, () => true);
}

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
}

/** A call that never got an answer from the service: the phone is offline or the service is down. */
export class ServiceUnreachable extends Error {
  readonly offline: boolean;

  constructor(offline: boolean) {
    super(offline ? 'offline' : 'unreachable');
    this.name = 'ServiceUnreachable';
    this.offline = offline;
  }
}

/** The header the service worker puts on an answer it served from its copy because the service did not answer. */
export const FROM_OFFLINE_COPY = 'X-Vlos-Offline-Copy';
