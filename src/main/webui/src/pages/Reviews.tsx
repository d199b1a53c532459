import { Link } from 'react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { useCurrentBusiness } from '../api/business';
import type { OwnerReplyResult, ReferralStats, Review, ReviewSyncResult } from '../api/types';
import { Button, Card, ErrorAlert, Field, Loading, TextArea, fieldError } from '../components/forms';
import { formatDateTime, formatMoney, formatNumber, formatPercent } from '../lib/format';

/** Stored reviews and how each was answered, a sync, a reply by hand, and the month's referral figures. */
export function ReviewsPage() {
  const { t, i18n } = useTranslation();
  const { business, isLoading } = useCurrentBusiness();
  const queries = useQueryClient();
  const reviews = useQuery({
    queryKey: ['reviews', business?.id],
    queryFn: () => api<Review[]>(`/businesses/${business!.id}/reviews`),
    enabled: !!business,
  });
  const stats = useQuery({
    queryKey: ['referral-stats', business?.id],
    queryFn: () => api<ReferralStats>(`/businesses/${business!.id}/referrals/stats?period=MONTH`),
    enabled: !!business,
  });
  const sync = useMutation({
    mutationFn: () => api<ReviewSyncResult>(`/businesses/${business!.id}/reviews/sync`, { method: 'POST' }),
    onSuccess: () => void queries.invalidateQueries({ queryKey: ['reviews', business?.id] }),
  });
  if (isLoading) return <Loading />;
  const lang = i18n.language;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t('reviews.title')}</h1>
      <p className="mb-4"><Link to="/sales" className="inline-flex min-h-11 items-center text-indigo-800 underline">{t('sales.link')}</Link></p>
      <p className="mb-4"><Link to="/reviews/settings" className="inline-flex min-h-11 items-center text-indigo-800 underline">{t('referralSettings.link')}</Link></p>
      <div className="mb-4">
        <Button busy={sync.isPending} busyLabel={t('reviews.syncing')} onClick={() => sync.mutate()}>{t('reviews.sync')}</Button>
        {sync.data && (
          <p role="status" className="mt-2">
            {t('reviews.synced', { read: sync.data.listingsRead, fresh: sync.data.newReviews, auto: sync.data.autoReplies, you: sync.data.handedToOwner })}
          </p>
        )}
      </div>
      <ErrorAlert error={sync.error ?? reviews.error} />
      {reviews.isLoading && <Loading />}
      {reviews.data?.length === 0 && <p className="mb-4 text-slate-700">{t('reviews.none')}</p>}
      {!!reviews.data?.length && (
        <ul className="mb-6 space-y-3" aria-label={t('reviews.listLabel')}>
          {reviews.data.map((r) => <li key={r.id}><ReviewItem review={r} /></li>)}
        </ul>
      )}
      <Card title={t('referrals.title')}>
        <ErrorAlert error={stats.error} />
        {stats.isLoading && <Loading />}
        {stats.data && (
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
            <Figure label={t('referrals.codesSent')} value={formatNumber(stats.data.codesSent, lang, 0)} />
            <Figure label={t('referrals.codesUsed')} value={formatNumber(stats.data.codesUsed, lang, 0)} />
            <Figure label={t('referrals.sales')} value={formatNumber(stats.data.salesUsingCodes, lang, 0)} />
            <Figure label={t('referrals.conversion')} value={formatPercent(stats.data.conversionRate, lang)} />
            <Figure label={t('referrals.revenue')}
              value={stats.data.referredRevenue.length ? stats.data.referredRevenue.map((m) => formatMoney(m, lang)).join(', ') : '—'} />
          </dl>
        )}
      </Card>
    </div>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-xl font-semibold">{value}</dd>
    </div>
  );
}

function ReviewItem({ review: r }: { review: Review }) {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const [text, setText] = useState(r.suggestedReply ?? '');
  const [minutes, setMinutes] = useState('');
  const reply = useMutation({
    mutationFn: () => api<OwnerReplyResult>(`/reviews/${r.id}/reply`, {
      body: { text, minutesSpent: minutes.trim() === '' ? null : Number(minutes) },
    }),
    onSuccess: () => void queries.invalidateQueries({ queryKey: ['reviews'] }),
  });
  const needsYou = r.replyStatus === 'NEEDS_PERSON' || r.replyStatus === 'FAILED' || (r.replyStatus === 'NEW' && r.handling === 'PERSON');
  return (
    <article className="rounded-lg border border-slate-300 bg-white p-4">
      <p className="font-semibold">
        <span aria-label={t('reviews.stars', { count: r.stars })}>{'★'.repeat(r.stars)}{'☆'.repeat(Math.max(0, 5 - r.stars))}</span>{' '}
        {r.reviewerName ?? t('reviews.anonymous')}
      </p>
      <p className="text-sm text-slate-700">{formatDateTime(r.reviewedAt, i18n.language)}</p>
      {r.comment && <p className="mt-1">{r.comment}</p>}
      <p className="mt-2 text-sm">
        <span className="font-medium">{t(`replyStatus.${r.replyStatus}`)}</span>
        {r.handling && ` · ${t(`handling.${r.handling}`)}`}
        {r.answeredBy && ` · ${t(`answeredBy.${r.answeredBy}`)}`}
      </p>
      {r.replyText && <p className="mt-1 border-s-4 border-indigo-300 ps-3 text-slate-800">{r.replyText}</p>}
      {needsYou && !reply.isSuccess && (
        <form className="mt-3" noValidate onSubmit={(e) => { e.preventDefault(); reply.mutate(); }}>
          <ErrorAlert error={reply.error} />
          <TextArea label={t('reviews.yourReply')} value={text} onChange={setText} error={fieldError(reply.error, 'text')} />
          <Field label={t('reviews.minutes')} inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)}
            error={fieldError(reply.error, 'minutesSpent')} />
          <Button type="submit" busy={reply.isPending} busyLabel={t('reviews.posting')}>{t('reviews.postReply')}</Button>
        </form>
      )}
      {reply.data && (
        <p role="status" className="mt-2">
          {t(`deliveryStatus.${reply.data.deliveryStatus}`, { defaultValue: reply.data.deliveryStatus ?? '' })}
          {reply.data.error && `: ${reply.data.error}`}
        </p>
      )}
    </article>
  );
}
