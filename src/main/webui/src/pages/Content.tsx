import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { useCurrentBusiness } from '../api/business';
import type { ContentPost } from '../api/types';
import { Button, ErrorAlert, Field, Loading, SelectField, TextArea, fieldError } from '../components/forms';
import { formatDate, formatDateTime, formatDayRange } from '../lib/format';
import { isoWeekAfter, weekDaysAfter } from '../lib/isoWeek';
import { PostEngagementPanel } from '../components/PostEngagement';

const OPEN = ['DRAFT', 'APPROVED', 'SCHEDULED'];

/** A week as its days in the person's language ("7–13 Dec 2026"), not as an ISO week ("2026-W50"). */
function weekLabel(weeksAhead: number, language: string): string {
  const { monday, sunday } = weekDaysAfter(new Date(), weeksAhead);
  return formatDayRange(monday, sunday, language);
}

/** The week's posts by day, each with a preview as the platform shows it; edit, approve, reject or move them. */
export function ContentPage() {
  const { t, i18n } = useTranslation();
  const { business, isLoading } = useCurrentBusiness();
  const queries = useQueryClient();
  const [offset, setOffset] = useState(0);
  const week = isoWeekAfter(new Date(), offset);
  const posts = useQuery({
    queryKey: ['content-week', business?.id, week],
    queryFn: () => api<ContentPost[]>(`/businesses/${business!.id}/content/weeks/${week}/posts`),
    enabled: !!business,
  });
  const generate = useMutation({
    mutationFn: () => api<ContentPost[]>(`/businesses/${business!.id}/content/weeks/${week}/generate`, { method: 'POST' }),
    onSuccess: (generated) => queries.setQueryData(['content-week', business?.id, week], generated),
  });
  if (isLoading) return <Loading />;
  const byDay = new Map<string, ContentPost[]>();
  for (const post of [...(posts.data ?? [])].sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt))) {
    byDay.set(post.date, [...(byDay.get(post.date) ?? []), post]);
  }
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t('content.title')}</h1>
      <p className="mb-4"><Link to="/content/settings" className="inline-flex min-h-11 items-center text-indigo-800 underline">{t('contentSettings.link')}</Link></p>
      <div className="mb-4 flex flex-wrap items-end gap-3">
        <div className="min-w-48">
          <SelectField label={t('content.week')} value={String(offset)} onChange={(e) => { setOffset(Number(e.target.value)); generate.reset(); }}
            options={[0, 1].map((n) => ({ value: String(n), label: t(n === 0 ? 'content.thisWeek' : 'content.nextWeek', { week: weekLabel(n, i18n.language) }) }))} />
        </div>
        <div className="mb-4">
          <Button busy={generate.isPending} busyLabel={t('content.generating')} onClick={() => generate.mutate()}>
            {t(offset === 0 ? 'content.generateThis' : 'content.generateNext')}
          </Button>
        </div>
      </div>
      {generate.isPending && <p role="status" className="mb-4">{t('content.generatingHint')}</p>}
      {generate.isSuccess && <p role="status" className="mb-4">{t('content.generated', { count: generate.data.length })}</p>}
      <ErrorAlert error={generate.error ?? posts.error} />
      {posts.isLoading && <Loading />}
      {posts.data?.length === 0 && <p className="text-slate-700">{t('content.none')}</p>}
      {[...byDay.entries()].map(([day, dayPosts]) => (
        <section key={day} className="mb-6" aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`} className="mb-2 text-lg font-semibold">{formatDate(day, i18n.language)}</h2>
          <ul className="grid gap-4 md:grid-cols-2">
            {dayPosts.map((post) => <li key={post.id}><PostCard post={post} /></li>)}
          </ul>
        </section>
      ))}
      {business && <PostEngagementPanel businessId={business.id} />}
    </div>
  );
}

export function PostCard({ post }: { post: ContentPost }) {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const [text, setText] = useState(post.text);
  const [imageUrl, setImageUrl] = useState(post.imageUrl ?? '');
  const [at, setAt] = useState(post.scheduledLocal.slice(0, 16));
  const act = useMutation({
    mutationFn: ({ action }: { action: 'save' | 'approve' | 'reject' | 'reschedule' }) => {
      if (action === 'save') return api<ContentPost>(`/content/posts/${post.id}`, { method: 'PATCH', body: { text, imageUrl: imageUrl || null } });
      if (action === 'reschedule') return api<ContentPost>(`/content/posts/${post.id}/reschedule`, { body: { at } });
      return api<ContentPost>(`/content/posts/${post.id}/${action}`, { method: 'POST' });
    },
    onSuccess: () => void queries.invalidateQueries({ queryKey: ['content-week', post.businessId, post.isoWeek] }),
  });
  const busy = (a: string) => act.isPending && act.variables?.action === a;
  const editable = OPEN.includes(post.status);
  const platform = t(`channelKinds.${post.platform}`, { defaultValue: post.platform });
  return (
    <article className="rounded-lg border border-slate-300 bg-white p-4" aria-label={t('content.postFor', { platform })}>
      <p className="mb-2 flex flex-wrap justify-between gap-2 text-sm">
        <span className="font-semibold">{platform}</span>
        <span>{t(`postStatus.${post.status}`)}{post.simulated && ` · ${t('content.simulated')}`}</span>
      </p>
      <p className="mb-2 text-sm text-slate-700">{t('content.at', { when: formatDateTime(post.scheduledAt, i18n.language) })}</p>
      <figure className="mb-3 rounded-md border border-slate-200 bg-slate-50 p-3">
        <figcaption className="mb-1 text-xs text-slate-600">{t('content.preview', { platform })}</figcaption>
        {post.imageUrl && <img src={post.imageUrl} alt={t('content.imageAlt')} className="mb-2 max-h-48 w-full rounded object-cover" />}
        {post.needsImage && !post.imageUrl && <p className="mb-2 text-sm font-medium text-amber-900">{t('content.needsImage')}</p>}
        <p className="whitespace-pre-wrap">{post.text}</p>
        <p className="mt-1 text-xs text-slate-600">{t('content.characters', { count: post.characters })}</p>
      </figure>
      {post.needsReview && <p className="mb-2 text-sm font-medium text-amber-900" role="note">{t('content.needsReview', { reason: post.needsReview })}</p>}
      {post.error && <p className="mb-2 text-sm text-red-800">{post.error}</p>}
      <ErrorAlert error={act.error} />
      {editable && (
        <>
          <form noValidate onSubmit={(e) => { e.preventDefault(); act.mutate({ action: 'save' }); }}>
            <TextArea label={t('content.text')} value={text} onChange={setText} rows={5} error={fieldError(act.error, 'text')} />
            <Field label={t('content.imageUrl')} type="url" value={imageUrl} onChange={(e) => setImageUrl(e.target.value)}
              error={fieldError(act.error, 'imageUrl')} />
            <Button type="submit" variant="secondary" busy={busy('save')}>{t('content.save')}</Button>
          </form>
          <div className="mt-3 flex flex-wrap gap-2">
            {post.status === 'DRAFT' && <Button busy={busy('approve')} onClick={() => act.mutate({ action: 'approve' })}>{t('content.approve')}</Button>}
            <Button variant="danger" busy={busy('reject')} onClick={() => act.mutate({ action: 'reject' })}>{t('content.reject')}</Button>
          </div>
          <form className="mt-3" noValidate onSubmit={(e) => { e.preventDefault(); act.mutate({ action: 'reschedule' }); }}>
            <Field label={t('content.moveTo')} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)}
              error={fieldError(act.error, 'at')} />
            <Button type="submit" variant="secondary" busy={busy('reschedule')}>{t('content.reschedule')}</Button>
          </form>
        </>
      )}
    </article>
  );
}
