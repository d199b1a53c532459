import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { useCurrentBusiness } from '../api/business';
import {
  LEAD_STATUSES,
  type ChannelKind,
  type Conversation,
  type Lead,
  type LeadPriority,
  type LeadStatus,
  type LeadSummary,
  type ManualMessageResult,
} from '../api/types';
import { Button, Card, ErrorAlert, Field, Loading, SelectField, TextArea, fieldError } from '../components/forms';
import { formatDateTime } from '../lib/format';
import { ContactLinks } from '../components/ContactLinks';

const PRIORITIES: LeadPriority[] = ['HIGH', 'MEDIUM', 'LOW'];
const REPLY_CHANNELS: ChannelKind[] = ['WHATSAPP', 'SMS_TWILIO', 'EMAIL_SENDGRID'];

/** New enquiries and where each stands, filtered by status and priority, newest first. */
export function LeadsPage() {
  const { t, i18n } = useTranslation();
  const { business, isLoading } = useCurrentBusiness();
  const [status, setStatus] = useState('');
  const [priority, setPriority] = useState('');
  const query = new URLSearchParams({ limit: '100' });
  if (status) query.set('status', status);
  if (priority) query.set('priority', priority);
  const leads = useQuery({
    queryKey: ['leads', business?.id, status, priority],
    queryFn: () => api<LeadSummary[]>(`/businesses/${business!.id}/leads?${query}`),
    enabled: !!business,
  });
  if (isLoading) return <Loading />;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t('leads.title')}</h1>
      <p className="mb-4"><Link to="/leads/settings" className="inline-flex min-h-11 items-center text-indigo-800 underline">{t('leadSettings.link')}</Link></p>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField label={t('leads.status')} value={status} onChange={(e) => setStatus(e.target.value)}
          options={[{ value: '', label: t('leads.any') }, ...LEAD_STATUSES.map((s) => ({ value: s, label: t(`leadStatus.${s}`) }))]} />
        <SelectField label={t('leads.priority')} value={priority} onChange={(e) => setPriority(e.target.value)}
          options={[{ value: '', label: t('leads.any') }, ...PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))]} />
      </div>
      <ErrorAlert error={leads.error} />
      {leads.isLoading && <Loading />}
      {leads.data?.length === 0 && <p className="text-slate-700">{t('leads.none')}</p>}
      {!!leads.data?.length && <ul className="space-y-3" aria-label={t('leads.title')}>
        {leads.data.map((lead) => (
          <li key={lead.id} className="rounded-lg border border-slate-300 bg-white p-4">
            {(lead.contactName || lead.contactPhone) && (
              <p className="font-semibold">
                {lead.contactName}{lead.contactName && lead.contactPhone && ' · '}
                {lead.contactPhone && <span dir="ltr">{lead.contactPhone}</span>}
              </p>
            )}
            <Link to={`/leads/${lead.id}`} className="inline-flex min-h-11 items-center text-lg font-semibold text-indigo-800 underline">
              {lead.message ? lead.message.slice(0, 80) : t('leads.noMessage')}
            </Link>
            <p className="text-sm text-slate-700">
              {t(`leadStatus.${lead.status}`)} · {t(`priority.${lead.priority}`)} · {formatDateTime(lead.createdAt, i18n.language)}
            </p>
            {lead.labels.length > 0 && <p className="mt-1 text-sm text-slate-800">{lead.labels.join(', ')}</p>}
            <ContactLinks phone={lead.contactPhone} name={lead.contactName} />
          </li>
        ))}
      </ul>}
    </div>
  );
}

/** One lead: why it was ranked so, what happened, the follow-ups still to go, and a status change. */
export function LeadDetailPage() {
  const { t, i18n } = useTranslation();
  const { leadId } = useParams();
  const queries = useQueryClient();
  const lead = useQuery({ queryKey: ['lead', leadId], queryFn: () => api<Lead>(`/leads/${leadId}`) });
  const [status, setStatus] = useState<LeadStatus | ''>('');
  const [note, setNote] = useState('');
  const change = useMutation({
    mutationFn: () => api<Lead>(`/leads/${leadId}/status`, { method: 'PUT', body: { status: status || null, note: note || null } }),
    onSuccess: (updated) => {
      queries.setQueryData(['lead', leadId], updated);
      void queries.invalidateQueries({ queryKey: ['leads'] });
      setNote('');
    },
  });
  if (lead.isLoading) return <Loading />;
  if (!lead.data) return <ErrorAlert error={lead.error} />;
  const l = lead.data;
  const lang = i18n.language;
  return (
    <div>
      <Link to="/leads" className="inline-flex min-h-11 items-center text-indigo-800 underline">{t('leads.back')}</Link>
      <h1 className="mt-2 mb-1 text-2xl font-bold">{l.contact.name || l.contact.phone || l.contact.email}</h1>
      <ContactLinks phone={l.contact.phone} name={l.contact.name} />
      <p className="mb-4 mt-2 text-slate-700">
        {t(`leadStatus.${l.status}`)} · {t(`priority.${l.priority}`)} · {[l.contact.phone, l.contact.email].filter(Boolean).join(' · ')}
      </p>
      {l.message && <Card title={t('leads.message')}><p>{l.message}</p></Card>}
      <p className="mb-4">
        <Link to={`/contacts/${l.contact.id}/conversation`} className="inline-flex min-h-11 items-center font-semibold text-indigo-800 underline">{t('leads.openThread')}</Link>
      </p>
      <Card title={t('leads.whyPriority')}>
        <ul className="list-disc ps-5">
          {l.matchedRules.map((r, i) => (
            <li key={i}><span className="font-medium">{r.label}</span> ({t(`priority.${r.priority}`)}): {r.reason}</li>
          ))}
        </ul>
      </Card>
      <Card title={t('leads.changeStatus')}>
        <form noValidate onSubmit={(e) => { e.preventDefault(); change.mutate(); }}>
          <ErrorAlert error={change.error} />
          <SelectField label={t('leads.newStatus')} value={status} onChange={(e) => setStatus(e.target.value as LeadStatus)}
            error={fieldError(change.error, 'status')}
            options={[{ value: '', label: t('leads.choose') }, ...LEAD_STATUSES.filter((s) => s !== 'NEW').map((s) => ({ value: s, label: t(`leadStatus.${s}`) }))]} />
          <Field label={t('leads.note')} value={note} onChange={(e) => setNote(e.target.value)} error={fieldError(change.error, 'note')} />
          <Button type="submit" busy={change.isPending}>{t('leads.saveStatus')}</Button>
          {change.isSuccess && <p role="status" className="mt-2">{t('common.saved')}</p>}
        </form>
      </Card>
      <Card title={t('leads.followUps')}>
        {l.pendingFollowUps.length === 0 ? <p>{t('leads.noFollowUps')}</p> : (
          <ul className="list-disc ps-5">
            {l.pendingFollowUps.map((f) => (
              <li key={f.jobId}>
                {t('leads.followUpStep', { step: f.step, at: formatDateTime(f.runAt, lang) })}
                {f.channel && ` · ${t(`channelKinds.${f.channel}`)}`}{f.templateName && ` · ${f.templateName}`}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t('leads.history')}>
        <ol className="space-y-2">
          {l.history.map((h, i) => (
            <li key={i} className="border-s-4 border-indigo-300 ps-3">
              <p className="text-sm text-slate-700">
                {formatDateTime(h.at, lang)}
                {h.toStatus && ` · ${h.fromStatus ? `${t(`leadStatus.${h.fromStatus}`)} ${i18n.dir() === 'rtl' ? '←' : '→'} ` : ''}${t(`leadStatus.${h.toStatus}`)}`}
              </p>
              <p>{h.cause}</p>
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}

/** A contact's messages on every channel, with how each outbound one was delivered, and a reply by hand. */
export function ConversationPage() {
  const { t, i18n } = useTranslation();
  const { contactId } = useParams();
  const queries = useQueryClient();
  const thread = useQuery({
    queryKey: ['conversation', contactId],
    queryFn: () => api<Conversation>(`/contacts/${contactId}/conversation`),
  });
  const [text, setText] = useState('');
  const [channel, setChannel] = useState<ChannelKind>('WHATSAPP');
  const send = useMutation({
    mutationFn: () => api<ManualMessageResult>(`/contacts/${contactId}/messages`, { body: { text, channel } }),
    onSuccess: (result) => {
      if (result.status !== 'REFUSED' && result.status !== 'FAILED') setText('');
      void queries.invalidateQueries({ queryKey: ['conversation', contactId] });
    },
  });
  if (thread.isLoading) return <Loading />;
  if (!thread.data) return <ErrorAlert error={thread.error} />;
  const c = thread.data;
  const result = send.data;
  return (
    <div>
      <button type="button" onClick={() => history.back()} className="min-h-11 text-indigo-800 underline">{t('leads.backShort')}</button>
      <h1 className="mt-2 mb-4 text-2xl font-bold">{t('conversation.title', { who: c.contact.name || c.contact.phone || c.contact.email })}</h1>
      {c.messages.length === 0 && <p className="mb-4 text-slate-700">{t('conversation.none')}</p>}
      <ol className="mb-6 space-y-3" aria-label={t('conversation.messages')}>
        {c.messages.map((m, i) => (
          <li key={i} className={`max-w-[85%] rounded-lg p-3 ${m.direction === 'IN' ? 'me-auto bg-slate-100' : 'ms-auto bg-indigo-50 border border-indigo-200'}`}>
            <p className="text-xs text-slate-700">
              {t(`conversation.${m.direction}`)} · {t(`channelKinds.${m.channel}`, { defaultValue: m.channel })} · {formatDateTime(m.at, i18n.language)}
            </p>
            <p className="whitespace-pre-wrap">{m.text}</p>
            {m.status && (
              <p className="mt-1 text-sm font-medium">
                {t(`deliveryStatus.${m.status}`, { defaultValue: m.status })}{m.error && `: ${m.error}`}
              </p>
            )}
          </li>
        ))}
      </ol>
      <Card title={t('conversation.reply')}>
        <form noValidate onSubmit={(e) => { e.preventDefault(); send.mutate(); }}>
          <ErrorAlert error={send.error} />
          <SelectField label={t('conversation.channel')} value={channel} onChange={(e) => setChannel(e.target.value as ChannelKind)}
            error={fieldError(send.error, 'channel')}
            options={REPLY_CHANNELS.map((k) => ({ value: k, label: t(`channelKinds.${k}`) }))} />
          <TextArea label={t('conversation.text')} value={text} onChange={setText} error={fieldError(send.error, 'text')} />
          <Button type="submit" busy={send.isPending} busyLabel={t('conversation.sending')}>{t('conversation.send')}</Button>
          {result && (
            <p role="status" className="mt-2">
              {t(`deliveryStatus.${result.status}`, { defaultValue: result.status })}
              {(result.reason || result.message) && `: ${[result.reason, result.message].filter(Boolean).join(' · ')}`}
            </p>
          )}
        </form>
      </Card>
    </div>
  );
}
