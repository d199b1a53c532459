import { useTranslation } from 'react-i18next';
import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { useCurrentBusiness } from '../api/business';
import type { Connection, Delivery } from '../api/types';
import { Card, ErrorAlert, Loading } from '../components/forms';
import { SandboxNote, connectionLabel } from '../components/ConnectionForm';
import { formatDateTime } from '../lib/format';
import { prettyBody, readableText } from '../lib/wouldHaveSent';

/** What the sandbox connections would have sent, per channel (the delivery log's SIMULATED deliveries). */
export function OutboxPage() {
  const { t } = useTranslation();
  const { business, isLoading } = useCurrentBusiness();
  const connections = useQuery({ queryKey: ['connections'], queryFn: () => api<Connection[]>('/connections') });
  const mine = connections.data?.filter((c) => c.businessId === business?.id) ?? [];
  const deliveries = useQueries({
    queries: mine.map((c) => ({
      queryKey: ['deliveries', c.id, 'SIMULATED'],
      queryFn: () => api<Delivery[]>(`/deliveries?status=SIMULATED&connectionId=${c.id}&limit=50`),
      refetchInterval: 10_000,
    })),
  });

  if (isLoading || connections.isLoading) return <Loading />;
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t('outbox.title')}</h1>
      <p className="mb-4 text-slate-700">{t('outbox.intro')}</p>
      <SandboxNote />
      <ErrorAlert error={connections.error} />
      {mine.length === 0 && <p>{t('outbox.noConnections')}</p>}
      {mine.map((connection, i) => (
        <Card key={connection.id} title={connectionLabel(connection, t)}>
          <ErrorAlert error={deliveries[i]?.error} />
          {deliveries[i]?.isLoading && <Loading />}
          {deliveries[i]?.data?.length === 0 && <p className="text-slate-700">{t('outbox.nothingYet')}</p>}
          <ul className="space-y-4" aria-label={t('outbox.listLabel', { channel: t(`channelKinds.${connection.kind}`) })}>
            {deliveries[i]?.data?.map((d) => <DeliveryItem key={d.id} delivery={d} />)}
          </ul>
        </Card>
      ))}
    </div>
  );
}

function DeliveryItem({ delivery }: { delivery: Delivery }) {
  const { t, i18n } = useTranslation();
  const text = delivery.requests.map(readableText).find(Boolean);
  return (
    <li className="rounded-md border border-slate-300 p-3" data-testid="would-have-sent">
      <p className="text-sm text-slate-700">
        {t(`actionTypes.${delivery.actionType}`, { defaultValue: delivery.actionType })} ·{' '}
        {formatDateTime(delivery.createdAt, i18n.language)}
        {delivery.recipient && <> · {t('outbox.to', { who: delivery.recipient })}</>}
      </p>
      {text && <blockquote className="mt-2 border-s-4 border-indigo-700 ps-3 whitespace-pre-wrap">{text}</blockquote>}
      <details className="mt-2">
        <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold text-indigo-800">{t('outbox.exactRequest')}</summary>
        {delivery.requests.map((r, i) => (
          <div key={i} className="mt-2 overflow-x-auto">
            <p className="font-mono text-xs break-all">{r.method} {r.url}</p>
            {r.body && <pre className="mt-1 rounded bg-slate-100 p-2 text-xs">{prettyBody(r.body)}</pre>}
          </div>
        ))}
      </details>
    </li>
  );
}
