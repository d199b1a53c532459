import { NavLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BOTTOM_BAR, MORE } from './navigation';

const ICONS: Record<string, string> = {
  '/': 'M3 11l9-8 9 8M5 10v10h5v-6h4v6h5V10',
  '/tasks': 'M9 11l3 3 8-8M20 12v7a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h11',
  '/leads': 'M16 14a4 4 0 1 0-8 0M12 10a3 3 0 1 0 0-6 3 3 0 0 0 0 6M4 21h16',
  '/content': 'M4 4h16v12H4zM8 20h8M12 16v4',
  '/more': 'M5 12h.01M12 12h.01M19 12h.01',
};

function Icon({ path }: { path: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6 fill-none stroke-current stroke-2">
      <path d={path} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

const item = (active: boolean) => `flex min-h-14 flex-1 flex-col items-center justify-center gap-0.5 text-xs font-medium
  focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-700 ${active ? 'text-indigo-800' : 'text-slate-700'}`;

/** The phone's bottom bar: the four places an owner uses most, and More for the rest. */
export function BottomBar() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const inMore = pathname === '/more' || MORE.some((p) => pathname === p.to || pathname.startsWith(`${p.to}/`));
  return (
    <nav aria-label={t('nav.bottom')} data-testid="bottom-bar"
      className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-300 bg-white pb-[env(safe-area-inset-bottom)] md:hidden">
      <ul className="flex">
        {BOTTOM_BAR.map((place) => (
          <li key={place.to} className="flex flex-1">
            <NavLink to={place.to} end={place.end} className={({ isActive }) => item(isActive)}>
              <Icon path={ICONS[place.to]} />
              {t(place.key)}
            </NavLink>
          </li>
        ))}
        <li className="flex flex-1">
          <NavLink to="/more" className={() => item(inMore)} aria-current={inMore ? 'page' : undefined}>
            <Icon path={ICONS['/more']} />
            {t('nav.more')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}

/** "More" on a phone: every place that is not on the bottom bar. */
export function MorePage() {
  const { t } = useTranslation();
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t('nav.more')}</h1>
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-300 bg-white">
        {MORE.map((place) => (
          <li key={place.to}>
            <NavLink to={place.to}
              className="flex min-h-12 items-center px-4 font-medium text-indigo-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-700">
              {t(place.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
