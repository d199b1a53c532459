import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { useOnline, useReachable } from '../api/connection';

/** How often the app asks again while the service cannot be reached. */
export const RETRY_MS = 10_000;

/**
 * A plain-words line while the phone is offline or the service does not answer; what is shown below is the last
 * data the app had. It asks again by itself (every RETRY_MS, and as soon as the phone is back online).
 */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const online = useOnline();
  const reachable = useReachable();
  const queries = useQueryClient();
  const down = !online || !reachable;
  useEffect(() => {
    if (!down) return;
    const timer = setInterval(() => void queries.refetchQueries({ type: 'active' }), RETRY_MS);
    return () => clearInterval(timer);
  }, [down, queries]);
  useEffect(() => {
    if (online) void queries.refetchQueries({ type: 'active' });
  }, [online, queries]);
  if (!down) return null;
  return (
    <div role="status" data-testid="connection-banner"
      className="border-b border-amber-700 bg-amber-50 px-4 py-2 text-center text-amber-950">
      <strong>{t(online ? 'connection.unreachable' : 'connection.offline')}</strong>{' '}
      <span>{t('connection.lastData')}</span>
    </div>
  );
}
