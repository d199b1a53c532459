import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { UNREAD_KEY } from '../api/notifications';

/**
 * The bell in the header: the unread count, kept live by the socket (no polling). The link's name is a hidden text
 * that says the count in words (an aria-label would differ from the badge's digits, which screen readers then skip).
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useQuery({
    queryKey: UNREAD_KEY,
    queryFn: () => api<{ unread: number }>('/notifications/unread-count'),
  });
  const count = unread.data?.unread ?? 0;
  return (
    <Link to="/notifications"
      className="relative inline-flex min-h-11 min-w-11 items-center justify-center rounded-md focus:outline-none
        focus-visible:ring-2 focus-visible:ring-white">
      <span className="sr-only">{t('notifications.bell', { count })}</span>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6 fill-none stroke-current stroke-2">
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      {count > 0 && (
        <span data-testid="unread-count" aria-hidden="true"
          className="absolute -end-1 -top-1 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-bold text-white">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
