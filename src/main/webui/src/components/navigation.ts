/** Every place of the signed-in app; the first ones (BOTTOM_BAR) are also the phone's bottom bar. */
export const PLACES = [
  { to: '/', key: 'nav.home', end: true },
  { to: '/tasks', key: 'nav.tasks', end: false },
  { to: '/leads', key: 'nav.leads', end: false },
  { to: '/content', key: 'nav.content', end: false },
  { to: '/reviews', key: 'nav.reviews', end: false },
  { to: '/insights', key: 'nav.insights', end: false },
  { to: '/analytics', key: 'nav.analytics', end: false },
  { to: '/appointments', key: 'appointments.nav', end: false },
  { to: '/payments', key: 'payments.nav', end: false },
  { to: '/workflows', key: 'workflows.nav', end: false },
  { to: '/outbox', key: 'nav.outbox', end: false },
  { to: '/billing', key: 'nav.billing', end: false },
  { to: '/settings', key: 'nav.settings', end: false },
];

/** The four places an owner uses most; the rest are under "More". */
export const BOTTOM_BAR = PLACES.slice(0, 4);
export const MORE = PLACES.slice(4);
