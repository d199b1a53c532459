import { NavLink, Outlet, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { Button } from './forms';
import { useSavedLanguage } from './LanguageSelect';
import { NotificationBell } from './NotificationBell';
import { useNotificationSocket } from '../api/notifications';

const LINKS = [
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

/** The frame of the signed-in app: a header with the navigation, the page below. */
export function Layout() {
  const { t } = useTranslation();
  const { logOut } = useAuth();
  const navigate = useNavigate();
  useSavedLanguage();
  useNotificationSocket();
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:bg-white focus:p-2">
        {t('nav.skip')}
      </a>
      <header className="border-b border-indigo-900 bg-indigo-800 text-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <span className="font-bold">{t('app.name')}</span>
          <div className="flex items-center gap-2">
            <NotificationBell />
            <Button variant="secondary" onClick={async () => { await logOut(); navigate('/login'); }}>{t('nav.logOut')}</Button>
          </div>
        </div>
        <nav aria-label={t('nav.main')} className="mx-auto max-w-5xl overflow-x-auto px-2">
          <ul className="flex gap-1">
            {LINKS.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.end}
                  className={({ isActive }) => `inline-flex min-h-11 items-center px-2 font-medium whitespace-nowrap focus:outline-none
                    focus-visible:ring-2 focus-visible:ring-white ${isActive ? 'border-b-4 border-white' : 'text-indigo-100'}`}>
                  {t(link.key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        <Outlet />
      </main>
    </div>
  );
}
