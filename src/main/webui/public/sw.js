// Web push for Vertical Light OS: shows the notification the service pushed, opens its page when tapped.
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
