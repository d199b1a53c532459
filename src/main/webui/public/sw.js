// The service worker of Vertical Light OS: the app opens offline with the last data it showed, and web push.
// - the app's page: from the network, else the copy kept last time (so a release is picked up at once);
// - /assets (named by a hash of their content): from the copy, else the network;
// - the API's GET answers: from the network, else the last answer kept, marked with X-Vlos-Offline-Copy so the app
//   says it shows the last data. Sign-in answers are never kept; the copy is deleted when the person logs out.
const APP = 'vlos-app-v1';
const DATA = 'vlos-data-v1';
const OFFLINE_COPY = 'X-Vlos-Offline-Copy';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(APP).then((cache) => cache.add('/')).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n !== APP && n !== DATA).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data === 'forget-data') event.waitUntil(caches.delete(DATA));
});

async function keep(cacheName, key, response) {
  if (response.ok) {
    const cache = await caches.open(cacheName);
    await cache.put(key, response.clone());
  }
  return response;
}

async function page(request) {
  try {
    return await keep(APP, '/', await fetch(request));
  } catch (e) {
    const copy = await caches.match('/', { cacheName: APP });
    if (copy) return copy;
    throw e;
  }
}

async function asset(request) {
  const copy = await caches.match(request, { cacheName: APP });
  return copy || keep(APP, request, await fetch(request));
}

async function data(request) {
  try {
    return await keep(DATA, request.url, await fetch(request));
  } catch (e) {
    const copy = await caches.match(request.url, { cacheName: DATA });
    if (!copy) throw e;
    const headers = new Headers(copy.headers);
    headers.set(OFFLINE_COPY, '1');
    return new Response(await copy.blob(), { status: copy.status, statusText: copy.statusText, headers });
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(asset(request));
  } else if (url.pathname.startsWith('/api/v1/') && !url.pathname.startsWith('/api/v1/auth/')) {
    event.respondWith(data(request));
  }
});

// Web push: shows the notification the service pushed, opens its page when tapped.
self.addEventListener('push', (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch {
    message = { title: event.data ? event.data.text() : 'Vertical Light OS' };
  }
  event.waitUntil(self.registration.showNotification(message.title || 'Vertical Light OS', {
    body: message.body || '',
    tag: message.id,
    data: { link: message.link || '/' },
    requireInteraction: message.priority === 'URGENT',
  }));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const link = (event.notification.data && event.notification.data.link) || '/';
  event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
    for (const client of windows) {
      if ('focus' in client) {
        client.navigate(link);
        return client.focus();
      }
    }
    return self.clients.openWindow(link);
  }));
});
