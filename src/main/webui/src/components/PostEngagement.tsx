import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { EngagementReport, PostEngagement } from '../api/types';
import { ErrorAlert, Loading, ScrollRegion } from './forms';
import { formatDateTime, formatNumber } from '../lib/format';

const FIGURES = ['likes', 'comments', 'shares', 'reach', 'views'] as const;

/** How the business's published posts did, as last read back from Facebook and Instagram (last 30 days). */
export function PostEngagementPanel({ businessId }: { businessId: string }) {
  const { t, i18n } = useTranslation();
  const report = useQuery({
    queryKey: ['post-engagement', businessId],
    queryFn: () => api<EngagementReport>(`/businesses/${businessId}/post-engagement?days=30`),
  });
  const count = (value: number | null) => value === null
    ? <span title={t('engagement.notReported')} aria-label={t('engagement.notReported')}>—</span>
    : formatNumber(value, i18n.language, 0);
  return (
    <section className="mb-6" aria-labelledby="engagement-title">
      <h2 id="engagement-title" className="mb-2 text-lg font-semibold">{t('engagement.title')}</h2>
      <ErrorAlert error={report.error} />
      {report.isLoading && <Loading />}
      {report.data?.posts.length === 0 && <p className="text-slate-700">{t('engagement.none')}</p>}
      {report.data && report.data.channels.length > 0 && (
        <ul className="mb-3 grid gap-2 sm:grid-cols-2">
          {report.data.channels.map((c) => (
            <li key={c.channel} className="rounded-lg border border-slate-300 bg-white p-3 text-sm">
              <strong>{t(`channelKinds.${c.channel}`, { defaultValue: c.channel })}</strong>{' · '}
              {t('engagement.totals', { posts: c.posts, likes: formatNumber(c.likes, i18n.language, 0),
                comments: formatNumber(c.comments, i18n.language, 0), shares: formatNumber(c.shares, i18n.language, 0) })}
              {c.postsWithReach > 0 && ` · ${t('engagement.reachTotal', { reach: formatNumber(c.reach, i18n.language, 0) })}`}
            </li>
          ))}
        </ul>
      )}
      {report.data && report.data.posts.length > 0 && (
        <ScrollRegion>
          <table className="w-full text-start text-sm">
            <caption className="sr-only">{t('engagement.title')}</caption>
            <thead>
              <tr>
                <th scope="col" className="p-1">{t('engagement.post')}</th>
                {FIGURES.map((f) => <th key={f} scope="col" className="p-1 text-end">{t(`engagement.${f}`)}</th>)}
              </tr>
            </thead>
            <tbody>
              {report.data.posts.map((post: PostEngagement) => (
                <tr key={post.id} className="border-t border-slate-200 align-top">
                  <td className="p-1">
                    <div className="font-medium">{t(`channelKinds.${post.channel}`, { defaultValue: post.channel })}
                      {' · '}{formatDateTime(post.publishedAt, i18n.language)}</div>
                    <div className="line-clamp-2 text-slate-700">{post.text}</div>
                    {post.lastError && <div className="text-amber-900">{t('engagement.error', { error: post.lastError })}</div>}
                    {post.reads === 0 && !post.lastError && post.nextReadAt &&
                      <div className="text-slate-600">{t('engagement.firstRead', { when: formatDateTime(post.nextReadAt, i18n.language) })}</div>}
                  </td>
                  {FIGURES.map((f) => <td key={f} className="p-1 text-end tabular-nums">{count(post[f])}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
