import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import {
  CATEGORIES, CHANNELS, enablePush, pushSupported,
  type AppNotification, type CategoryChoice, type NotificationChannel, type NotificationPage, type NotificationPreferences,
} from '../api/notifications';
import { Button, Card, ErrorAlert, Field, Loading, fieldError } from '../components/forms';
import { formatDateTime } from '../lib/format';

/** Your notifications, newest first, with mark read. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const list = useInfiniteQuery({
    queryKey: ['notifications', 'list'],
    queryFn: ({ pageParam }) => api<NotificationPage>(`/notifications?limit=30${pageParam ? `&before=${pageParam}` : ''}`),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  const refresh = () => void queries.invalidateQueries({ queryKey: ['notifications'] });
  const read = useMutation({ mutationFn: (id: string) => api(`/notifications/${id}/read`, { method: 'POST' }), onSuccess: refresh });
  const readAll = useMutation({ mutationFn: () => api('/notifications/read-all', { method: 'POST' }), onSuccess: refresh });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t('notifications.title')}</h1>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => readAll.mutate()} busy={readAll.isPending}>{t('notifications.readAll')}</Button>
          <Link to="/notifications/settings" className="inline-flex min-h-11 items-center font-semibold text-indigo-800 underline">
            {t('notifications.settingsLink')}
          </Link>
        </div>
      </div>
      <ErrorAlert error={list.error ?? read.error ?? readAll.error} />
      {list.isLoading && <Loading />}
      {list.data && items.length === 0 && <p className="text-slate-700">{t('notifications.none')}</p>}
      <ul className="space-y-3">
        {items.map((n) => <NotificationItem key={n.id} n={n} language={i18n.language} onRead={() => read.mutate(n.id)} />)}
      </ul>
      {list.hasNextPage && (
        <div className="mt-4"><Button variant="secondary" busy={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {t('notifications.more')}</Button></div>
      )}
    </div>
  );
}

function NotificationItem({ n, language, onRead }: { n: AppNotification; language: string; onRead: () => void }) {
  const { t } = useTranslation();
  return (
    <li className={`rounded-lg border p-4 ${n.readAt ? 'border-slate-200 bg-slate-50' : 'border-indigo-300 bg-white'}`}>
      <p className="text-sm text-slate-700">
        {t(`notifications.category.${n.category}`)} · {t(`notifications.priority.${n.priority}`)} · {formatDateTime(n.createdAt, language)}
      </p>
      {n.link ? <Link to={n.link} onClick={onRead} className="inline-flex min-h-11 items-center text-lg font-semibold text-indigo-800 underline">{n.title}</Link>
        : <p className="text-lg font-semibold">{n.title}</p>}
      {n.body && <p className="mt-1 text-slate-800">{n.body}</p>}
      {n.deliveries.length > 0 && (
        <p className="mt-1 text-sm text-slate-600">
          {n.deliveries.map((d) => `${t(`notifications.channel.${d.channel}`)}: ${t(`notifications.delivery.${d.status}`, { defaultValue: d.status })}`).join(' · ')}
        </p>
      )}
      {!n.readAt && <div className="mt-2"><Button variant="secondary" onClick={onRead}>{t('notifications.markRead')}</Button></div>}
    </li>
  );
}

/** Which categories reach you where, quiet hours, the digest, and push on this device. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const saved = useQuery({ queryKey: ['notifications', 'preferences'],
    queryFn: () => api<NotificationPreferences>('/notifications/preferences') });
  const [draft, setDraft] = useState<NotificationPreferences | null>(null);
  const [push, setPush] = useState<string | null>(null);
  useEffect(() => { if (saved.data && !draft) setDraft(saved.data); }, [saved.data, draft]);
  const save = useMutation({
    mutationFn: (p: NotificationPreferences) => api<NotificationPreferences>('/notifications/preferences', { method: 'PUT', body: p }),
    onSuccess: (p) => { queries.setQueryData(['notifications', 'preferences'], p); setDraft(p); },
  });
  const test = useMutation({ mutationFn: () => api('/notifications/test', { body: { priority: 'HIGH' } }) });
  if (saved.isLoading || !draft) return <>{saved.error ? <ErrorAlert error={saved.error} /> : <Loading />}</>;
  const choice = (c: CategoryChoice) => (next: Partial<CategoryChoice>) =>
    setDraft({ ...draft, categories: draft.categories.map((x) => (x.category === c.category ? { ...x, ...next } : x)) });
  const toggleChannel = (c: CategoryChoice, channel: NotificationChannel) => choice(c)({
    channels: c.channels.includes(channel) ? c.channels.filter((x) => x !== channel) : [...c.channels, channel] });
  const ordered = CATEGORIES.map((cat) => draft.categories.find((c) => c.category === cat)
    ?? { category: cat, enabled: false, channels: [], digest: false });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('notifications.settingsTitle')}</h1>
      <Card title={t('notifications.pushTitle')}>
        <p className="mb-2 text-slate-700">{t('notifications.pushExplain')}</p>
        <div className="flex flex-wrap gap-2">
          <Button disabled={!pushSupported()} onClick={async () => setPush(await enablePush().catch(() => 'failed'))}>
            {t('notifications.pushEnable')}</Button>
          <Button variant="secondary" busy={test.isPending} onClick={() => test.mutate()}>{t('notifications.sendTest')}</Button>
        </div>
        {!pushSupported() && <p className="mt-2 text-sm text-slate-700">{t('notifications.push.unsupported')}</p>}
        {push && <p role="status" className="mt-2 text-sm">{t(`notifications.push.${push}`)}</p>}
        {test.isSuccess && <p role="status" className="mt-2 text-sm">{t('notifications.testSent')}</p>}
      </Card>
      <form onSubmit={(e) => { e.preventDefault(); save.mutate({ ...draft, categories: ordered }); }} className="space-y-4">
        <Card title={t('notifications.categoriesTitle')}>
          <ul className="divide-y divide-slate-200">
            {ordered.map((c) => (
              <li key={c.category} className="py-3">
                <fieldset>
                  <legend className="font-semibold">{t(`notifications.category.${c.category}`)}</legend>
                  <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                    <Check label={t('notifications.inApp')} checked={c.enabled} onChange={(v) => choice(c)({ enabled: v })} />
                    {CHANNELS.map((ch) => (
                      <Check key={ch} label={t(`notifications.channel.${ch}`)} disabled={!c.enabled}
                        checked={c.channels.includes(ch)} onChange={() => toggleChannel(c, ch)} />
                    ))}
                    <Check label={t('notifications.digest')} disabled={!c.enabled} checked={c.digest}
                      onChange={(v) => choice(c)({ digest: v })} />
                  </div>
                </fieldset>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t('notifications.quietTitle')}>
          <Check label={t('notifications.quietOn')} checked={!!draft.quietHours?.enabled}
            onChange={(v) => setDraft({ ...draft, quietHours: { start: '22:00', end: '07:00', ...draft.quietHours, enabled: v } })} />
          <div className="mt-2 grid gap-2 sm:grid-cols-3">
            <Field label={t('notifications.quietStart')} type="time" value={draft.quietHours?.start ?? '22:00'}
              error={fieldError(save.error, 'quietHours.start')}
              onChange={(e) => setDraft({ ...draft, quietHours: { enabled: true, end: '07:00', ...draft.quietHours, start: e.target.value } })} />
            <Field label={t('notifications.quietEnd')} type="time" value={draft.quietHours?.end ?? '07:00'}
              error={fieldError(save.error, 'quietHours.end')}
              onChange={(e) => setDraft({ ...draft, quietHours: { enabled: true, start: '22:00', ...draft.quietHours, end: e.target.value } })} />
            <Field label={t('notifications.digestTime')} type="time" value={draft.digestTime}
              error={fieldError(save.error, 'digestTime')} onChange={(e) => setDraft({ ...draft, digestTime: e.target.value })} />
          </div>
          <p className="mt-1 text-sm text-slate-700">{t('notifications.quietExplain')}</p>
        </Card>
        <Card title={t('notifications.whereTitle')}>
          <div className="grid gap-2 sm:grid-cols-2">
            <Field label={t('notifications.email')} type="email" value={draft.email ?? ''} error={fieldError(save.error, 'email')}
              onChange={(e) => setDraft({ ...draft, email: e.target.value || null })} />
            <Field label={t('notifications.phone')} value={draft.phone ?? ''} hint={t('notifications.phoneHint')}
              error={fieldError(save.error, 'phone')} onChange={(e) => setDraft({ ...draft, phone: e.target.value || null })} />
          </div>
        </Card>
        <ErrorAlert error={save.error} />
        {save.isSuccess && <p role="status">{t('notifications.saved')}</p>}
        <Button type="submit" busy={save.isPending}>{t('notifications.save')}</Button>
      </form>
    </div>
  );
}

function Check({ label, checked, onChange, disabled }:
  { label: string; checked: boolean; onChange: (value: boolean) => void; disabled?: boolean }) {
  return (
    <label className="inline-flex min-h-11 items-center gap-2">
      <input type="checkbox" className="size-5" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}
