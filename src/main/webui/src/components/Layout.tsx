import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { Suspense } from 'react';
import { Button, Loading } from './forms';
import { useSavedLanguage } from './LanguageSelect';
import { NotificationBell } from './NotificationBell';
import { useNotificationSocket } from '../api/notifications';
import { BottomBar } from './BottomBar';
import { ConnectionBanner } from './ConnectionBanner';
import { PLACES } from './navigation';


/**
 * The frame of the signed-in app: a header (with every place on a wide screen), the page, and on a phone a bottom
 * bar. Onboarding shows no menu: it is one thing to finish first.
 */
export function Layout() {
  const { t } = useTranslation();
  const { logOut } = useAuth();
  const navigate = useNavigate();
  const onboarding = useLocation().pathname.startsWith('/onboarding');
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
        {!onboarding && <nav aria-label={t('nav.main')} className="mx-auto hidden max-w-5xl overflow-x-auto px-2 md:block">
          <ul className="flex gap-1">
            {PLACES.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.end}
                  className={({ isActive }) => `inline-flex min-h-11 items-center px-2 font-medium whitespace-nowrap focus:outline-none
                    focus-visible:ring-2 focus-visible:ring-white ${isActive ? 'border-b-4 border-white' : 'text-indigo-100'}`}>
                  {t(link.key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>}
      </header>
      <ConnectionBanner />
      <main id="main" className={`mx-auto max-w-5xl px-4 py-6 ${onboarding ? '' : 'pb-24 md:pb-6'}`}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      {!onboarding && <BottomBar />}
    </div>
  );
}
