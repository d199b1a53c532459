import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BusinessSubPage } from '../components/BusinessSubPage';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../api/client';
import type { ChannelKind, FollowUpStep, FollowUps, LeadPriority, LeadRule, LeadRules, LeadSource } from '../api/types';
import { Button, Card, ErrorAlert, Field, Loading, SelectField, TextArea } from '../components/forms';
import { toMinorUnits } from '../lib/format';
import { errorOf, wholeNumber, type LocalErrors } from '../lib/validation';

const PRIORITIES: LeadPriority[] = ['HIGH', 'MEDIUM', 'LOW'];
const SOURCES: LeadSource[] = ['API', 'FORM', 'WHATSAPP', 'SMS', 'FACEBOOK'];
const CHANNELS: ChannelKind[] = ['WHATSAPP', 'SMS_TWILIO', 'EMAIL_SENDGRID'];

/** How new leads are ranked and followed up: the business's rules and follow-up steps. */
export function LeadSettingsPage() {
  const { t } = useTranslation();
  return (
    <BusinessSubPage back="/leads" backLabel={t('leads.backShort')} title={t('leadSettings.title')}>
      {(business) => (
        <>
          <LeadRulesForm businessId={business.id} />
          <FollowUpsForm businessId={business.id} />
        </>
      )}
    </BusinessSubPage>
  );
}

interface RuleRow {
  label: string; source: string; keywords: string; fromHour: string; toHour: string; minValue: string;
  priority: LeadPriority; reason: string;
}

const toRow = (r: LeadRule): RuleRow => ({
  label: r.label, source: r.source ?? '', keywords: (r.keywords ?? []).join(', '),
  fromHour: r.fromHour == null ? '' : String(r.fromHour), toHour: r.toHour == null ? '' : String(r.toHour),
  minValue: r.minValueMinor == null ? '' : String(r.minValueMinor / 100), priority: r.priority, reason: r.reason,
});

/** Checks the rules in the browser; returns the request or the field errors (named as the service names them). */
export function rulesRequest(rows: RuleRow[], t: (k: string) => string): { rules?: LeadRule[]; errors: LocalErrors } {
  const errors: LocalErrors = {};
  const rules = rows.map((r, i) => {
    const at = `rules[${i}]`;
    if (!r.label.trim()) errors[`${at}.label`] = t('validation.required');
    if (!r.reason.trim()) errors[`${at}.reason`] = t('validation.required');
    const fromHour = r.fromHour.trim() ? wholeNumber(r.fromHour, 0, 23) : null;
    const toHour = r.toHour.trim() ? wholeNumber(r.toHour, 0, 24) : null;
    if (r.fromHour.trim() && fromHour === null) errors[`${at}.fromHour`] = t('validation.hour');
    if (r.toHour.trim() && toHour === null) errors[`${at}.toHour`] = t('validation.hour');
    if (!!r.fromHour.trim() !== !!r.toHour.trim()) errors[`${at}.${r.fromHour.trim() ? 'toHour' : 'fromHour'}`] = t('leadSettings.bothHours');
    const minValueMinor = r.minValue.trim() ? toMinorUnits(r.minValue) : null;
    if (r.minValue.trim() && minValueMinor === null) errors[`${at}.minValueMinor`] = t('budget.notANumber');
    const keywords = r.keywords.split(',').map((k) => k.trim()).filter(Boolean);
    return {
      label: r.label.trim(), source: (r.source || null) as LeadSource | null, keywords, fromHour, toHour,
      minValueMinor, priority: r.priority, reason: r.reason.trim(),
    };
  });
  return Object.keys(errors).length ? { errors } : { rules, errors };
}

export function LeadRulesForm({ businessId }: { businessId: string }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const current = useQuery({ queryKey: ['lead-rules', businessId], queryFn: () => api<LeadRules>(`/businesses/${businessId}/lead-rules`) });
  const [rows, setRows] = useState<RuleRow[] | null>(null);
  const [local, setLocal] = useState<LocalErrors>({});
  const save = useMutation({
    mutationFn: (rules: LeadRule[]) => api<LeadRules>(`/businesses/${businessId}/lead-rules`, { method: 'PUT', body: { rules } }),
    onSuccess: (saved) => { queries.setQueryData(['lead-rules', businessId], saved); setRows(null); },
  });
  if (current.isLoading) return <Loading />;
  const shown = rows ?? current.data?.rules.map(toRow) ?? [];
  const saved = current.data?.rules.length ?? 0; // rules added here start open; saved ones open on a tap
  const wrong = [...Object.keys(local), ...(save.error instanceof ApiError ? Object.keys(save.error.fieldErrors) : [])];
  const change = (i: number, patch: Partial<RuleRow>) => setRows(shown.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = rulesRequest(shown, t);
    setLocal(checked.errors);
    if (checked.rules) save.mutate(checked.rules);
  };
  const err = (i: number, f: string) => errorOf(local, save.error, `rules[${i}].${f}`);
  return (
    <Card title={t('leadSettings.rules')}>
      <p className="mb-3 text-slate-700">{t('leadSettings.rulesExplain')}</p>
      {current.data?.defaults && !rows && <p className="mb-3 text-sm text-slate-700">{t('leadSettings.usingDefaults')}</p>}
      <ErrorAlert error={current.error ?? save.error} />
      <form noValidate onSubmit={submit}>
        <ol className="space-y-4">
          {shown.map((r, i) => (
            <li key={i}>
              <details open={i >= saved || wrong.some((k) => k.startsWith(`rules[${i}].`)) || undefined}
                className="rounded-md border border-slate-300">
              <summary className="min-h-11 cursor-pointer px-3 py-2">
                <span className="font-semibold">{r.label || t('leadSettings.rule', { n: i + 1 })}</span>
                {' · '}{t(`priority.${r.priority}`)}{r.keywords && <span className="text-slate-700"> · {r.keywords}</span>}
              </summary>
              <fieldset className="p-3">
                <legend className="sr-only">{t('leadSettings.rule', { n: i + 1 })}</legend>
                <div className="grid gap-x-4 sm:grid-cols-2">
                  <Field label={t('leadSettings.label')} value={r.label} onChange={(e) => change(i, { label: e.target.value })} error={err(i, 'label')} />
                  <SelectField label={t('leads.priority')} value={r.priority} onChange={(e) => change(i, { priority: e.target.value as LeadPriority })}
                    error={err(i, 'priority')} options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))} />
                </div>
                <Field label={t('leadSettings.keywords')} hint={t('leadSettings.keywordsHint')} value={r.keywords}
                  onChange={(e) => change(i, { keywords: e.target.value })} error={err(i, 'keywords')} />
                <div className="grid grid-cols-2 gap-x-4 sm:grid-cols-4">
                  <SelectField label={t('leadSettings.source')} value={r.source} onChange={(e) => change(i, { source: e.target.value })}
                    error={err(i, 'source')} options={[{ value: '', label: t('leads.any') }, ...SOURCES.map((s) => ({ value: s, label: t(`leadSource.${s}`) }))]} />
                  <Field label={t('leadSettings.fromHour')} inputMode="numeric" value={r.fromHour} onChange={(e) => change(i, { fromHour: e.target.value })} error={err(i, 'fromHour')} />
                  <Field label={t('leadSettings.toHour')} inputMode="numeric" value={r.toHour} onChange={(e) => change(i, { toHour: e.target.value })} error={err(i, 'toHour')} />
                  <Field label={t('leadSettings.minValue')} inputMode="decimal" value={r.minValue} onChange={(e) => change(i, { minValue: e.target.value })} error={err(i, 'minValueMinor')} />
                </div>
                <Field label={t('leadSettings.reason')} value={r.reason} onChange={(e) => change(i, { reason: e.target.value })} error={err(i, 'reason')} />
                <Button variant="danger" onClick={() => setRows(shown.filter((_, j) => j !== i))}
                  label={t('leadSettings.removeRule', { n: i + 1 })}>{t('leadSettings.remove')}</Button>
              </fieldset>
              </details>
            </li>
          ))}
        </ol>
        <div className="mt-4 flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => setRows([...shown, { label: '', source: '', keywords: '', fromHour: '', toHour: '', minValue: '', priority: 'MEDIUM', reason: '' }])}>
            {t('leadSettings.addRule')}
          </Button>
          <Button type="submit" busy={save.isPending}>{t('leadSettings.saveRules')}</Button>
        </div>
        {save.isSuccess && <p role="status" className="mt-2 text-green-900">{t('common.saved')}</p>}
      </form>
    </Card>
  );
}

interface StepRow { delayHours: string; channel: string; templateName: string; textKey: string; text: string }

const toStep = (s: FollowUpStep): StepRow => ({
  delayHours: String(s.delayHours), channel: s.channel ?? '', templateName: s.templateName, textKey: s.textKey ?? '', text: s.text ?? '',
});

export function stepsRequest(rows: StepRow[], t: (k: string) => string): { steps?: FollowUpStep[]; errors: LocalErrors } {
  const errors: LocalErrors = {};
  const steps = rows.map((r, i) => {
    const delayHours = wholeNumber(r.delayHours, 1, 2160);
    if (delayHours === null) errors[`steps[${i}].delayHours`] = t('leadSettings.delayRange');
    if (!/^[a-z0-9_]{1,120}$/.test(r.templateName.trim())) errors[`steps[${i}].templateName`] = t('leadSettings.templateRule');
    return {
      delayHours: delayHours ?? 0, channel: (r.channel || null) as ChannelKind | null, templateName: r.templateName.trim(),
      textKey: r.textKey || null, text: r.text.trim() || null,
    };
  });
  return Object.keys(errors).length ? { errors } : { steps, errors };
}

export function FollowUpsForm({ businessId }: { businessId: string }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const current = useQuery({ queryKey: ['lead-follow-ups', businessId], queryFn: () => api<FollowUps>(`/businesses/${businessId}/lead-follow-ups`) });
  const [rows, setRows] = useState<StepRow[] | null>(null);
  const [local, setLocal] = useState<LocalErrors>({});
  const save = useMutation({
    mutationFn: (steps: FollowUpStep[]) => api<FollowUps>(`/businesses/${businessId}/lead-follow-ups`, { method: 'PUT', body: { steps } }),
    onSuccess: (saved) => { queries.setQueryData(['lead-follow-ups', businessId], saved); setRows(null); },
  });
  if (current.isLoading) return <Loading />;
  const shown = rows ?? current.data?.steps.map(toStep) ?? [];
  const change = (i: number, patch: Partial<StepRow>) => setRows(shown.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = stepsRequest(shown, t);
    setLocal(checked.errors);
    if (checked.steps) save.mutate(checked.steps);
  };
  const err = (i: number, f: string) => errorOf(local, save.error, `steps[${i}].${f}`);
  return (
    <Card title={t('leadSettings.followUps')}>
      <p className="mb-3 text-slate-700">{t('leadSettings.followUpsExplain')}</p>
      <ErrorAlert error={current.error ?? save.error} />
      <form noValidate onSubmit={submit}>
        <ol className="space-y-4">
          {shown.map((s, i) => (
            <li key={i}>
              <fieldset className="rounded-md border border-slate-300 p-3">
                <legend className="px-1 font-semibold">{t('leadSettings.step', { n: i + 1 })}</legend>
                <div className="grid gap-x-4 sm:grid-cols-3">
                  <Field label={t('leadSettings.delayHours')} inputMode="numeric" value={s.delayHours}
                    onChange={(e) => change(i, { delayHours: e.target.value })} error={err(i, 'delayHours')} />
                  <SelectField label={t('leadSettings.channel')} value={s.channel} onChange={(e) => change(i, { channel: e.target.value })}
                    error={err(i, 'channel')} options={[{ value: '', label: t('leadSettings.preferredChannel') }, ...CHANNELS.map((c) => ({ value: c, label: t(`channelKinds.${c}`) }))]} />
                  <Field label={t('leadSettings.template')} hint={t('leadSettings.templateHint')} value={s.templateName}
                    onChange={(e) => change(i, { templateName: e.target.value })} error={err(i, 'templateName')} />
                </div>
                <TextArea label={t('leadSettings.ownText')} value={s.text} onChange={(text) => change(i, { text })} error={err(i, 'text')} rows={3} />
                <Button variant="danger" onClick={() => setRows(shown.filter((_, j) => j !== i))}
                  label={t('leadSettings.removeStep', { n: i + 1 })}>{t('leadSettings.remove')}</Button>
              </fieldset>
            </li>
          ))}
        </ol>
        <div className="mt-4 flex flex-wrap gap-2">
          {shown.length < 10 && (
            <Button variant="secondary" onClick={() => setRows([...shown, { delayHours: '24', channel: '', templateName: 'lead_follow_up', textKey: '', text: '' }])}>
              {t('leadSettings.addStep')}
            </Button>
          )}
          <Button type="submit" busy={save.isPending}>{t('leadSettings.saveSteps')}</Button>
        </div>
        {save.isSuccess && <p role="status" className="mt-2 text-green-900">{t('common.saved')}</p>}
      </form>
    </Card>
  );
}
