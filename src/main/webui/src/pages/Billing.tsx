import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { canCancel, downloadInvoice, gstinProblem, planAction, type Billing, type BillingPlan, type Invoice } from '../api/billing';
import { Button, Card, ErrorAlert, Field, Loading } from '../components/forms';
import { formatDate, formatDateTime, formatMoney } from '../lib/format';
import { errorOf, type LocalErrors } from '../lib/validation';

/** The account's plan: state, next charge, plans and prices, invoices, GST details. Owners change it here. */
export function BillingPage() {
  const { t } = useTranslation();
  const billing = useQuery({ queryKey: ['billing'], queryFn: () => api<Billing>('/billing') });
  if (billing.isLoading) return <Loading />;
  if (!billing.data) return <ErrorAlert error={billing.error} />;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t('billing.title')}</h1>
      <BillingSummary billing={billing.data} />
      <Plans billing={billing.data} />
      <Invoices />
      <TaxDetailsForm billing={billing.data} />
    </div>
  );
}

function BillingSummary({ billing }: { billing: Billing }) {
  const { t, i18n } = useTranslation();
  const money = (minor: number | null) => minor === null ? '—' : formatMoney({ amountMinor: minor, currency: billing.currency }, i18n.language);
  return (
    <Card title={t('billing.current')}>
      <p className="text-lg"><strong>{t(`billingState.${billing.state}`)}</strong> · {t('billing.limitsOf', { plan: t(`planName.${billing.limits.code}`) })}</p>
      {billing.trialEndsAt && <p>{t('billing.trialEnds', { date: formatDateTime(billing.trialEndsAt, i18n.language) })}</p>}
      {billing.nextChargeAt && <p>{t('billing.nextCharge', { amount: money(billing.nextChargeMinor), date: formatDateTime(billing.nextChargeAt, i18n.language) })}</p>}
      {billing.cancelAt && <p>{t('billing.endsAt', { date: formatDateTime(billing.cancelAt, i18n.language) })}</p>}
      {billing.graceEndsAt && <p role="alert" className="text-red-800">{t('billing.grace', { date: formatDateTime(billing.graceEndsAt, i18n.language) })}</p>}
      {billing.mode === 'SANDBOX' && <p className="mt-2 rounded-md bg-amber-50 p-2 text-amber-900">{t('billing.sandbox')}</p>}
      {billing.pendingPlan && (
        <p className="mt-2">
          {t('billing.pending', { plan: t(`planName.${billing.pendingPlan}`) })}{' '}
          {billing.checkoutAvailable && billing.checkoutUrl
            ? <a href={billing.checkoutUrl} className="inline-flex min-h-11 items-center font-semibold text-indigo-800 underline" target="_blank" rel="noreferrer">{t('billing.payNow')}</a>
            : <span>{t('billing.noCheckout')}</span>}
        </p>
      )}
    </Card>
  );
}

function Plans({ billing }: { billing: Billing }) {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const done = (b: Billing) => queries.setQueryData(['billing'], b);
  const choose = useMutation({ mutationFn: (plan: string) => api<Billing>('/billing/plan', { body: { plan } }), onSuccess: done });
  const cancel = useMutation({ mutationFn: () => api<Billing>('/billing/cancel', { method: 'POST' }), onSuccess: done });
  return (
    <Card title={t('billing.plans')}>
      <ErrorAlert error={choose.error ?? cancel.error} />
      <ul className="grid gap-3 sm:grid-cols-3">
        {billing.plans.map((plan: BillingPlan) => {
          const action = planAction(billing, plan);
          const price = formatMoney({ amountMinor: plan.monthlyPriceMinor, currency: plan.currency }, i18n.language);
          return (
            <li key={plan.code} className="rounded-md border border-slate-300 p-3">
              <p className="text-lg font-semibold">{t(`planName.${plan.code}`)}</p>
              <p>{t('billing.perMonth', { price })}</p>
              <p className="text-sm text-slate-700">{t('billing.planLimits', { locations: plan.maxLocations, team: plan.maxTeamMembers })}</p>
              {action === 'current' || action === 'pending'
                ? <p className="mt-2 font-semibold">{t(`billing.action.${action}`)}</p>
                : <div className="mt-2"><Button busy={choose.isPending && choose.variables === plan.code} disabled={choose.isPending}
                    onClick={() => choose.mutate(plan.code)}>{t(`billing.action.${action}`, { plan: t(`planName.${plan.code}`) })}</Button></div>}
            </li>
          );
        })}
      </ul>
      <p className="mt-3 text-sm text-slate-700">{t('billing.proration')}</p>
      {canCancel(billing) && (
        <div className="mt-3">
          <Button variant="danger" busy={cancel.isPending} onClick={() => cancel.mutate()}>{t('billing.cancel')}</Button>
        </div>
      )}
    </Card>
  );
}

function Invoices() {
  const { t, i18n } = useTranslation();
  const invoices = useQuery({ queryKey: ['invoices'], queryFn: () => api<Invoice[]>('/billing/invoices') });
  const download = useMutation({ mutationFn: downloadInvoice });
  const money = (i: Invoice, minor: number) => formatMoney({ amountMinor: minor, currency: i.currency }, i18n.language);
  return (
    <Card title={t('billing.invoices')}>
      <ErrorAlert error={invoices.error ?? download.error} />
      {invoices.data?.length === 0 && <p className="text-slate-700">{t('billing.noInvoices')}</p>}
      <ul className="space-y-3">
        {invoices.data?.map((i) => (
          <li key={i.id} className="rounded-md border border-slate-300 p-3">
            <p className="flex flex-wrap items-baseline justify-between gap-2">
              <span className="font-semibold">{i.number}</span>
              <span>{formatDate(i.issuedAt.slice(0, 10), i18n.language)}</span>
            </p>
            <p>{t('billing.invoiceTotal', { total: money(i, i.totalMinor), taxable: money(i, i.taxableMinor) })}</p>
            <p className="text-sm text-slate-700">{i.igstMinor > 0
              ? t('billing.igst', { amount: money(i, i.igstMinor) })
              : t('billing.cgstSgst', { cgst: money(i, i.cgstMinor), sgst: money(i, i.sgstMinor) })}</p>
            <Button variant="secondary" busy={download.isPending && download.variables?.id === i.id}
              label={t('billing.pdfOf', { number: i.number })} onClick={() => download.mutate(i)}>{t('billing.pdf')}</Button>
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function taxErrors(v: { gstin: string; placeOfSupply: string }, t: (k: string) => string): LocalErrors {
  const errors: LocalErrors = {};
  if (v.gstin.trim()) {
    const problem = gstinProblem(v.gstin);
    if (problem) errors.gstin = t(problem);
  }
  if (v.placeOfSupply && !/^\d{2}$/.test(v.placeOfSupply)) errors.placeOfSupply = t('billing.stateRule');
  return errors;
}

function TaxDetailsForm({ billing }: { billing: Billing }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [v, setV] = useState({ gstin: billing.gstin ?? '', legalName: billing.legalName ?? '', placeOfSupply: billing.placeOfSupply ?? '' });
  const [local, setLocal] = useState<LocalErrors>({});
  const save = useMutation({
    mutationFn: () => api<Billing>('/billing/tax-details', { method: 'PUT', body: {
      gstin: v.gstin.trim() || null, legalName: v.legalName.trim() || null, placeOfSupply: v.placeOfSupply || null } }),
    onSuccess: (b) => queries.setQueryData(['billing'], b),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = taxErrors(v, t);
    setLocal(errors);
    if (!Object.keys(errors).length) save.mutate();
  };
  const err = (f: string) => errorOf(local, save.error, f);
  return (
    <Card title={t('billing.taxDetails')}>
      <p className="mb-3 text-slate-700">{t('billing.taxExplain')}</p>
      <form noValidate onSubmit={submit}>
        <ErrorAlert error={save.error} />
        <div className="grid gap-x-4 sm:grid-cols-3">
          <Field label={t('billing.gstin')} value={v.gstin} maxLength={15} onChange={(e) => setV({ ...v, gstin: e.target.value })} error={err('gstin')} />
          <Field label={t('billing.legalName')} value={v.legalName} onChange={(e) => setV({ ...v, legalName: e.target.value })} error={err('legalName')} />
          <Field label={t('billing.placeOfSupply')} inputMode="numeric" maxLength={2} hint={t('billing.placeHint')} value={v.placeOfSupply}
            onChange={(e) => setV({ ...v, placeOfSupply: e.target.value })} error={err('placeOfSupply')} />
        </div>
        <Button type="submit" busy={save.isPending}>{t('billing.saveTax')}</Button>
        {save.isSuccess && <p role="status" className="mt-2 text-green-900">{t('billing.taxSaved')}</p>}
      </form>
    </Card>
  );
}
