import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { asRequest, useCurrentBusiness } from '../api/business';
import type { Business, Connection, ConnectionTest, InviteCreated, PlanUsage, UserView } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { BusinessForm } from '../components/BusinessForm';
import { ConnectionForm, connectionLabel } from '../components/ConnectionForm';
import { PlatformConnect } from '../components/PlatformConnect';
import { ScheduleForm } from '../components/ScheduleForm';
import { LanguageSelect } from '../components/LanguageSelect';
import { Button, Card, ErrorAlert, Field, Loading, SelectField, fieldError } from '../components/forms';
import { ApiKeys } from '../components/ApiKeys';
import { formatMoney, formatNumber } from '../lib/format';

export function SettingsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { business, isLoading } = useCurrentBusiness();
  const queries = useQueryClient();
  if (isLoading) return <Loading />;
  const sections = ['profile', 'leadForm', 'channels', 'schedule', 'quiet', 'language', 'plan', ...(can('users:manage') ? ['team'] : [])];
  if (can('apikeys:manage')) sections.push('apiKeys');
  const saveBusiness = async (changes: Parameters<typeof asRequest>[1]) => {
    await api<Business>(`/businesses/${business!.id}`, { method: 'PUT', body: asRequest(business!, changes) });
    await queries.invalidateQueries({ queryKey: ['businesses'] });
  };
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t('settings.title')}</h1>
      <nav aria-label={t('settings.sections')} className="mb-4 flex flex-wrap gap-2">
        {sections.map((s) => (
          <a key={s} href={`#${s}`} className="inline-flex min-h-11 items-center rounded-full border border-indigo-700 px-3 py-1 text-sm text-indigo-800">
            {t([`settings.section.${s}`, `${s}.section`])}
          </a>
        ))}
      </nav>
      {business && (
        <>
          <div id="profile"><Card title={t('settings.section.profile')}>
            <BusinessForm business={business} submitLabel={t('common.save')}
              onSubmit={(request) => saveBusiness(request)} />
          </Card></div>
          {business.leadFormKey && <div id="leadForm"><LeadFormCard formKey={business.leadFormKey} /></div>}
          <div id="channels"><Channels businessId={business.id} /></div>
          <div id="schedule"><Card title={t('settings.section.schedule')}><ScheduleForm businessId={business.id} /></Card></div>
          <div id="quiet"><QuietHoursCard business={business} onSave={(quietHours) => saveBusiness({ quietHours })} /></div>
        </>
      )}
      <div id="language"><Card title={t('settings.section.language')}><LanguageSelect saveToAccount /></Card></div>
      <div id="plan"><Usage /></div>
      {can('users:manage') && <div id="team"><Team /></div>}
      {can('apikeys:manage') && <div id="apiKeys"><ApiKeys /></div>}
    </div>
  );
}

/** Where the business's website form sends leads; the first reply goes out on its own. */
function LeadFormCard({ formKey }: { formKey: string }) {
  const { t } = useTranslation();
  const url = `${window.location.origin}/public/lead-forms/${formKey}`;
  return (
    <Card title={t('settings.section.leadForm')}>
      <p className="mb-2 text-slate-700">{t('leadForm.explain')}</p>
      <p className="mb-2 rounded-md bg-slate-100 p-2 font-mono text-sm break-all" data-testid="lead-form-url">{url}</p>
      <p className="text-sm text-slate-700">{t('leadForm.fields')}</p>
    </Card>
  );
}

function Channels({ businessId }: { businessId: string }) {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const connections = useQuery({ queryKey: ['connections'], queryFn: () => api<Connection[]>('/connections') });
  const [results, setResults] = useState<Record<string, ConnectionTest>>({});
  const test = useMutation({
    mutationFn: (id: string) => api<ConnectionTest>(`/connections/${id}/test`, { method: 'POST' }),
    onSuccess: (result, id) => {
      setResults({ ...results, [id]: result });
      void queries.invalidateQueries({ queryKey: ['connections'] });
    },
  });
  const mine = connections.data?.filter((c) => c.businessId === businessId) ?? [];
  return (
    <Card title={t('settings.section.channels')}>
      <ErrorAlert error={connections.error ?? test.error} />
      {connections.isLoading && <Loading />}
      <ul className="mb-4 divide-y divide-slate-200" aria-label={t('channels.connected')}>
        {mine.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
            <div>
              <p className="font-medium">{connectionLabel(c, t)}</p>
              <p className="text-sm text-slate-700">
                {t(`channels.mode.${c.mode}`)} · {t(`channels.status.${c.status}`, { defaultValue: c.status })}
                {c.lastCheckedAt && <> · {new Date(c.lastCheckedAt).toLocaleString(i18n.language)}</>}
              </p>
              {results[c.id] && (
                <p role="status" className="text-sm">{results[c.id].ok ? t('channels.testOk') : t('channels.testFailed')}
                  {results[c.id].message && <> — {results[c.id].message}</>}</p>
              )}
            </div>
            <Button variant="secondary" busy={test.isPending && test.variables === c.id} onClick={() => test.mutate(c.id)}>
              {t('channels.test')}
            </Button>
          </li>
        ))}
      </ul>
      <h3 className="mb-2 font-semibold">{t('channels.add')}</h3>
      <PlatformConnect businessId={businessId} onSaved={() => void queries.invalidateQueries({ queryKey: ['connections'] })}>
        <ConnectionForm businessId={businessId} onSaved={() => void queries.invalidateQueries({ queryKey: ['connections'] })} />
      </PlatformConnect>
    </Card>
  );
}

function QuietHoursCard({ business, onSave }: { business: Business; onSave: (q: { start: string; end: string }) => Promise<void> }) {
  const { t } = useTranslation();
  const [start, setStart] = useState(business.quietHours?.start?.slice(0, 5) ?? '21:00');
  const [end, setEnd] = useState(business.quietHours?.end?.slice(0, 5) ?? '09:00');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await onSave({ start, end });
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('settings.section.quiet')}>
      <p className="mb-3 text-slate-700">{t('quiet.explain')}</p>
      <form onSubmit={submit} noValidate>
        <ErrorAlert error={error} />
        <div className="grid grid-cols-2 gap-x-4">
          <Field label={t('quiet.start')} type="time" value={start} onChange={(e) => setStart(e.target.value)}
            error={fieldError(error, 'quietHours.start', 'quietHours')} />
          <Field label={t('quiet.end')} type="time" value={end} onChange={(e) => setEnd(e.target.value)}
            error={fieldError(error, 'quietHours.end')} />
        </div>
        <Button type="submit" busy={busy}>{t('common.save')}</Button>
        {saved && <p role="status" className="mt-2 text-green-900">{t('common.saved')}</p>}
      </form>
    </Card>
  );
}

function Usage() {
  const { t, i18n } = useTranslation();
  const usage = useQuery({ queryKey: ['usage'], queryFn: () => api<PlanUsage>('/tenant/usage') });
  const lang = i18n.language;
  return (
    <Card title={t('settings.section.plan')}>
      <ErrorAlert error={usage.error} />
      {usage.isLoading && <Loading />}
      {usage.data && (
        <>
          <p className="mb-3">
            {t('usage.plan', {
              plan: t(`planName.${usage.data.plan.code}`, { defaultValue: usage.data.plan.code }),
              price: formatMoney({ amountMinor: usage.data.plan.monthlyPriceMinor, currency: usage.data.plan.currency }, lang),
            })}
          </p>
          <ul className="space-y-3">
            {usage.data.limits.map((l) => (
              <li key={l.limit}>
                <div className="flex justify-between gap-2 text-sm">
                  <span>{t(`usage.limits.${l.limit}`, { defaultValue: l.limit })}</span>
                  <span>{l.used == null ? formatNumber(l.allowed, lang) : `${formatNumber(l.used, lang)} / ${formatNumber(l.allowed, lang)}`}</span>
                </div>
                {l.used != null && l.allowed > 0 && (
                  <progress className="h-2 w-full" max={l.allowed} value={Math.min(l.used, l.allowed)}
                    aria-label={t(`usage.limits.${l.limit}`, { defaultValue: l.limit })} />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

function Team() {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const users = useQuery({ queryKey: ['users'], queryFn: () => api<UserView[]>('/users') });
  const [form, setForm] = useState({ email: '', name: '', role: 'STAFF' });
  const invite = useMutation({
    mutationFn: () => api<InviteCreated>('/users', { body: form }),
    onSuccess: () => {
      setForm({ email: '', name: '', role: 'STAFF' });
      void queries.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const link = invite.data ? `${window.location.origin}/accept-invite?token=${encodeURIComponent(invite.data.inviteToken)}` : null;
  return (
    <Card title={t('settings.section.team')}>
      <ErrorAlert error={users.error} />
      <ul className="mb-4 divide-y divide-slate-200" aria-label={t('team.members')}>
        {users.data?.map((u) => (
          <li key={u.id} className="py-2">
            {u.name ?? u.email} · {u.email} · {t(`roles.${u.role}`, { defaultValue: u.role })} · {t(`userStatus.${u.status}`, { defaultValue: u.status })}
          </li>
        ))}
      </ul>
      <form noValidate onSubmit={(e) => { e.preventDefault(); invite.mutate(); }}>
        <h3 className="mb-2 font-semibold">{t('team.invite')}</h3>
        <ErrorAlert error={invite.error} />
        <Field label={t('auth.email')} type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })}
          error={fieldError(invite.error, 'email')} />
        <Field label={t('team.name')} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })}
          error={fieldError(invite.error, 'name')} />
        <SelectField label={t('team.role')} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value })}
          error={fieldError(invite.error, 'role')}
          options={['ADMIN', 'STAFF', 'VIEWER'].map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        <Button type="submit" busy={invite.isPending}>{t('team.sendInvite')}</Button>
      </form>
      {link && (
        <div role="status" className="mt-4 rounded-md bg-green-50 p-3 text-green-950">
          <p className="font-semibold">{t('team.invited')}</p>
          <p className="mt-1 text-sm break-all">{link}</p>
        </div>
      )}
    </Card>
  );
}
