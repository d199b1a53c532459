import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BusinessSubPage } from '../components/BusinessSubPage';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { ReferralSettings, ReferralSettingsRequest, ReferralTrigger } from '../api/ownerTypes';
import { Button, Card, ErrorAlert, Field, Loading, SelectField } from '../components/forms';
import { errorOf, wholeNumber, type LocalErrors } from '../lib/validation';

const TRIGGERS: ReferralTrigger[] = ['AFTER_REVIEW', 'AFTER_SALE', 'OFF'];
const PLACE_ID = /^[A-Za-z0-9_-]+$/;

/** Where the review link points, when the thank-you goes out, when a referral code is sent, and the review sync. */
export function ReferralSettingsPage() {
  const { t } = useTranslation();
  return (
    <BusinessSubPage back="/reviews" backLabel={t('referralSettings.back')} title={t('referralSettings.title')}>
      {(business) => <ReferralSettingsForm businessId={business.id} />}
    </BusinessSubPage>
  );
}

export interface ReferralValues { placeId: string; delay: string; trigger: ReferralTrigger; sync: boolean; syncHours: string; cooldown: string }

export function reviewLinkOf(placeId: string): string | null {
  const id = placeId.trim();
  return id && PLACE_ID.test(id) ? `https://search.google.com/local/writereview?placeid=${id}` : null;
}

export function referralRequest(v: ReferralValues, t: (k: string) => string): { request?: ReferralSettingsRequest; errors: LocalErrors } {
  const errors: LocalErrors = {};
  const placeId = v.placeId.trim();
  if (placeId && (!PLACE_ID.test(placeId) || placeId.length > 300)) errors.googlePlaceId = t('referralSettings.badPlaceId');
  const delay = wholeNumber(v.delay, 0, 10080);
  if (delay === null) errors.reviewRequestDelayMinutes = t('referralSettings.badDelay');
  const syncHours = v.sync ? wholeNumber(v.syncHours, 1, 168) : null;
  if (v.sync && syncHours === null) errors.reviewSyncHours = t('referralSettings.badSync');
  const cooldown = wholeNumber(v.cooldown, 0, 365);
  if (cooldown === null) errors.reviewRequestCooldownDays = t('referralSettings.badCooldown');
  if (Object.keys(errors).length) return { errors };
  return {
    errors,
    request: { googlePlaceId: placeId || null, reviewRequestDelayMinutes: delay!, referralTrigger: v.trigger, reviewSyncHours: syncHours,
      reviewRequestCooldownDays: cooldown! },
  };
}

/** 150 minutes as "2 h 30 min after the sale". */
export function delayInWords(minutes: number, t: (k: string, o?: Record<string, unknown>) => string): string {
  if (minutes === 0) return t('referralSettings.atOnce');
  return t('referralSettings.delayWords', { h: Math.floor(minutes / 60), m: minutes % 60 });
}

function valuesOf(s: ReferralSettings): ReferralValues {
  return {
    placeId: s.googlePlaceId ?? '', delay: String(s.reviewRequestDelayMinutes), trigger: s.referralTrigger,
    sync: s.reviewSyncHours != null, syncHours: s.reviewSyncHours == null ? '6' : String(s.reviewSyncHours),
    cooldown: String(s.reviewRequestCooldownDays),
  };
}

export function ReferralSettingsForm({ businessId }: { businessId: string }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const key = ['referral-settings', businessId];
  const current = useQuery({ queryKey: key, queryFn: () => api<ReferralSettings>(`/businesses/${businessId}/referral-settings`) });
  const [edited, setEdited] = useState<ReferralValues | null>(null);
  const [local, setLocal] = useState<LocalErrors>({});
  const save = useMutation({
    mutationFn: (body: ReferralSettingsRequest) => api<ReferralSettings>(`/businesses/${businessId}/referral-settings`, { method: 'PUT', body }),
    onSuccess: (saved) => { queries.setQueryData(key, saved); setEdited(null); },
  });
  if (current.isLoading) return <Loading />;
  if (!current.data) return <ErrorAlert error={current.error} />;
  const v = edited ?? valuesOf(current.data);
  const set = (patch: Partial<ReferralValues>) => { setEdited({ ...v, ...patch }); save.reset(); };
  const err = (f: string) => errorOf(local, save.error, f);
  const link = edited ? reviewLinkOf(v.placeId) : current.data.reviewLink;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = referralRequest(v, t);
    setLocal(checked.errors);
    if (checked.request) save.mutate(checked.request);
  };
  return (
    <form noValidate onSubmit={submit}>
      <ErrorAlert error={save.error} />
      <Card title={t('referralSettings.reviews')}>
        <Field label={t('referralSettings.placeId')} hint={t('referralSettings.placeIdHint')} value={v.placeId}
          onChange={(e) => set({ placeId: e.target.value })} error={err('googlePlaceId')} />
        <p className="mb-4 text-sm">
          <span className="font-medium">{t('referralSettings.reviewLink')}: </span>
          {link ? <a href={link} target="_blank" rel="noreferrer" className="break-all text-indigo-800 underline">{link}</a>
            : <span className="text-slate-700">{t('referralSettings.noLink')}</span>}
        </p>
        <Field label={t('referralSettings.delay')} hint={t('referralSettings.delayHint')} inputMode="numeric" value={v.delay}
          onChange={(e) => set({ delay: e.target.value })} error={err('reviewRequestDelayMinutes')} />
        {wholeNumber(v.delay, 0, 10080) !== null && (
          <p className="-mt-3 mb-4 text-sm text-slate-800">{delayInWords(Number(v.delay), t)}</p>
        )}
        <Field label={t('referralSettings.cooldown')} hint={t('referralSettings.cooldownHint')} inputMode="numeric" value={v.cooldown}
          onChange={(e) => set({ cooldown: e.target.value })} error={err('reviewRequestCooldownDays')} />
        <label className="mb-2 flex min-h-11 items-center gap-2">
          <input type="checkbox" className="size-5" checked={v.sync} onChange={(e) => set({ sync: e.target.checked })} />
          {t('referralSettings.sync')}
        </label>
        {v.sync ? (
          <Field label={t('referralSettings.syncHours')} inputMode="numeric" value={v.syncHours}
            onChange={(e) => set({ syncHours: e.target.value })} error={err('reviewSyncHours')} />
        ) : <p className="mb-4 text-sm text-slate-700">{t('referralSettings.syncOff')}</p>}
      </Card>
      <Card title={t('referralSettings.referrals')}>
        <SelectField label={t('referralSettings.trigger')} value={v.trigger} onChange={(e) => set({ trigger: e.target.value as ReferralTrigger })}
          error={err('referralTrigger')} options={TRIGGERS.map((x) => ({ value: x, label: t(`referralSettings.triggers.${x}`) }))} />
        <p className="mb-4 text-sm text-slate-700">{t('referralSettings.consentNote')}</p>
      </Card>
      <Button type="submit" busy={save.isPending}>{t('common.save')}</Button>
      {save.isSuccess && <p role="status" className="mt-2 text-green-900">{t('common.saved')}</p>}
    </form>
  );
}
