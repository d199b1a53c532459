import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { ChannelKind, Connection } from '../api/types';
import { Button, ErrorAlert, Field, SelectField, fieldError } from './forms';

// What each platform needs (as the service checks it): its ids and its credentials.
export const CHANNEL_NEEDS: Record<ChannelKind, { ids: string[]; credentials: string[] }> = {
  FACEBOOK_PAGE: { ids: ['pageId'], credentials: ['accessToken'] },
  INSTAGRAM: { ids: ['igUserId'], credentials: ['accessToken'] },
  GOOGLE_BUSINESS_PROFILE: { ids: ['accountId', 'locationId'], credentials: ['accessToken'] },
  WHATSAPP: { ids: ['phoneNumberId'], credentials: ['accessToken'] },
  SMS_TWILIO: { ids: ['from'], credentials: ['accountSid', 'authToken'] },
  EMAIL_SENDGRID: { ids: ['fromEmail', 'fromName'], credentials: ['apiKey'] },
  SLACK: { ids: [], credentials: ['webhookUrl'] },
  WEBHOOK: { ids: ['url'], credentials: ['secret'] },
};

/** "Facebook Page", or "Facebook Page · Salt Lake page" when the owner named the connection. */
export function connectionLabel(c: Connection, t: (key: string) => string): string {
  const kind = t(`channelKinds.${c.kind}`);
  return c.name && c.name !== c.kind ? `${kind} · ${c.name}` : kind;
}

export function SandboxNote() {
  const { t } = useTranslation();
  return (
    <p className="mb-4 rounded-md border border-amber-700 bg-amber-50 p-3 font-medium text-amber-950">
      {t('channels.sandboxNote')}
    </p>
  );
}

/** Connects a platform to the business, in sandbox unless the owner chooses live. */
export function ConnectionForm({ businessId, onSaved }: { businessId: string; onSaved: (c: Connection) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ChannelKind>('FACEBOOK_PAGE');
  const [values, setValues] = useState<Record<string, string>>({});
  const [live, setLive] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const needs = CHANNEL_NEEDS[kind];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const pick = (names: string[]) => Object.fromEntries(names.filter((n) => values[n]?.trim()).map((n) => [n, values[n].trim()]));
    try {
      const created = await api<Connection>(`/businesses/${businessId}/connections`, {
        body: { kind, platformIds: pick(needs.ids), credentials: pick(needs.credentials), mode: live ? 'LIVE' : 'SANDBOX' },
      });
      setValues({});
      onSaved(created);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <SandboxNote />
      <ErrorAlert error={error} />
      <SelectField label={t('channels.platform')} value={kind} onChange={(e) => setKind(e.target.value as ChannelKind)}
        error={fieldError(error, 'kind')}
        options={Object.keys(CHANNEL_NEEDS).map((k) => ({ value: k, label: t(`channelKinds.${k}`) }))} />
      {needs.ids.map((name) => (
        <Field key={`${kind}-${name}`} label={t(`channels.fields.${name}`)} value={values[name] ?? ''}
          onChange={(e) => setValues({ ...values, [name]: e.target.value })}
          error={fieldError(error, `platformIds.${name}`)} />
      ))}
      {needs.credentials.map((name) => (
        <Field key={`${kind}-${name}`} label={t(`channels.fields.${name}`)} type="password" autoComplete="off"
          value={values[name] ?? ''} onChange={(e) => setValues({ ...values, [name]: e.target.value })}
          error={fieldError(error, `credentials.${name}`)} hint={t('channels.credentialHint')} />
      ))}
      <label className="mb-4 flex min-h-11 items-center gap-2">
        <input type="checkbox" checked={live} onChange={(e) => setLive(e.target.checked)} />
        {t('channels.goLive')}
      </label>
      <Button type="submit" busy={busy}>{t('channels.connect')}</Button>
    </form>
  );
}
