import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { useCurrentBusiness } from '../api/business';
import { PAYMENT_STATUSES, type PaymentRequest, type PaymentStatus } from '../api/reminders';
import { ContactName, CustomerFields, customerBody, customerErrors, NO_CUSTOMER, type CustomerValue } from '../components/CustomerFields';
import { Button, Card, ErrorAlert, Field, Loading, SelectField } from '../components/forms';
import { formatDate, formatDateTime, formatMoney, toMinorUnits } from '../lib/format';
import { errorOf, type LocalErrors } from '../lib/validation';

/** Unpaid amounts with a payment link, reminded until paid: the list by status, and a new request. */
export function PaymentsPage() {
  const { t } = useTranslation();
  const { business, isLoading } = useCurrentBusiness();
  if (isLoading || !business) return <Loading />;
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t('payments.title')}</h1>
      <p className="mb-4 flex flex-wrap gap-x-4 gap-y-1">
        <Link to="/appointments" className="inline-flex min-h-11 items-center text-indigo-800 underline">{t('appointments.title')}</Link>
        <Link to="/reminders/settings" className="inline-flex min-h-11 items-center text-indigo-800 underline">{t('reminderSettings.title')}</Link>
      </p>
      <PaymentList businessId={business.id} timeZone={business.timeZone ?? undefined} />
      <Card title={t('payments.new')}>
        <p className="mb-3 text-slate-700">{t('payments.newExplain')}</p>
        <PaymentForm businessId={business.id} currency={business.monthlyBudget?.currency ?? 'INR'} />
      </Card>
    </div>
  );
}

export function PaymentList({ businessId, timeZone }: { businessId: string; timeZone?: string }) {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const [status, setStatus] = useState<PaymentStatus>('OPEN');
  const list = useQuery({
    queryKey: ['payment-requests', businessId, status],
    queryFn: () => api<PaymentRequest[]>(`/businesses/${businessId}/payment-requests?status=${status}`),
  });
  const close = useMutation({
    mutationFn: ({ id, to }: { id: string; to: 'paid' | 'stop' }) => api<PaymentRequest>(`/payment-requests/${id}/${to}`, { method: 'POST' }),
    onSuccess: () => void queries.invalidateQueries({ queryKey: ['payment-requests', businessId] }),
  });
  const makeLink = useMutation({
    mutationFn: (id: string) => api<PaymentRequest>(`/payment-requests/${id}/payment-link`, { method: 'POST' }),
    onSuccess: () => void queries.invalidateQueries({ queryKey: ['payment-requests', businessId] }),
  });
  return (
    <Card title={t('payments.list')}>
      <div className="sm:w-1/2">
        <SelectField label={t('payments.status')} value={status} onChange={(e) => setStatus(e.target.value as PaymentStatus)}
          options={PAYMENT_STATUSES.map((s) => ({ value: s, label: t(`paymentStatus.${s}`) }))} />
      </div>
      <ErrorAlert error={list.error ?? close.error ?? makeLink.error} />
      {list.isLoading && <Loading />}
      {list.data?.length === 0 && <p className="text-slate-700">{t('payments.none')}</p>}
      <ul className="space-y-3">
        {list.data?.map((p) => {
          const money = formatMoney({ amountMinor: p.amountMinor, currency: p.currency }, i18n.language);
          const busy = (to: string) => close.isPending && close.variables?.id === p.id && close.variables.to === to;
          return (
            <li key={p.id} className="rounded-md border border-slate-300 p-3">
              <p className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="text-lg font-semibold">{money}</span>
                <span>{t('payments.due', { date: formatDate(p.dueDate, i18n.language) })}</span>
              </p>
              <p>{p.description} · <ContactName id={p.contactId} /></p>
              <p className="break-all text-sm"><a href={p.paymentLink} className="inline-flex min-h-11 items-center text-indigo-800 underline" target="_blank" rel="noreferrer">{p.paymentLink}</a></p>
              {p.paymentLinkMode === 'SANDBOX' && <p className="text-sm text-amber-900">{t('payments.sandboxLink')}</p>}
              {p.paidVia === 'RAZORPAY' && <p className="text-sm text-green-900">{t('payments.paidViaRazorpay')}</p>}
              <p className="text-sm text-slate-700">
                {p.status === 'OPEN'
                  ? (p.pendingReminders.length
                    ? t('payments.nextReminder', { when: formatDateTime(p.pendingReminders[0], i18n.language, timeZone), count: p.pendingReminders.length })
                    : t('payments.noReminders'))
                  : t(`payments.closed.${p.status}`, { when: formatDateTime(p.closedAt, i18n.language, timeZone) })}
              </p>
              {p.status === 'OPEN' && (
                <div className="mt-2 flex flex-wrap gap-2">
                  <Button busy={busy('paid')} disabled={close.isPending} label={t('payments.markPaidOf', { amount: money })}
                    onClick={() => close.mutate({ id: p.id, to: 'paid' })}>{t('payments.markPaid')}</Button>
                  <Button variant="danger" busy={busy('stop')} disabled={close.isPending} label={t('payments.stopOf', { amount: money })}
                    onClick={() => close.mutate({ id: p.id, to: 'stop' })}>{t('payments.stop')}</Button>
                  {!p.razorpayLinkId && (
                    <Button variant="secondary" busy={makeLink.isPending && makeLink.variables === p.id} disabled={makeLink.isPending}
                      label={t('payments.makeLinkOf', { amount: money })} onClick={() => makeLink.mutate(p.id)}>{t('payments.makeLink')}</Button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

interface PaymentValues { customer: CustomerValue; amount: string; dueDate: string; paymentLink: string; description: string; razorpay?: boolean }

export function paymentErrors(v: PaymentValues, t: (k: string) => string): LocalErrors {
  const errors = customerErrors(v.customer, t);
  const minor = toMinorUnits(v.amount);
  if (minor === null || minor <= 0) errors.amountMinor = t('payments.amountRule');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.dueDate)) errors.dueDate = t('validation.date');
  if (!v.razorpay && !/^https?:\/\/\S+$/.test(v.paymentLink.trim())) errors.paymentLink = t('payments.linkRule');
  if (!v.description.trim()) errors.description = t('validation.required');
  return errors;
}

export function PaymentForm({ businessId, currency }: { businessId: string; currency: string }) {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const blank: PaymentValues = { customer: NO_CUSTOMER, amount: '', dueDate: '', paymentLink: '', description: '' };
  const [v, setV] = useState<PaymentValues>(blank);
  const [local, setLocal] = useState<LocalErrors>({});
  const create = useMutation({
    mutationFn: () => api<PaymentRequest>(`/businesses/${businessId}/payment-requests`, {
      body: v.razorpay
        ? { ...customerBody(v.customer), amountMinor: toMinorUnits(v.amount), currency, dueDate: v.dueDate,
          description: v.description.trim(), razorpayLink: true }
        : { ...customerBody(v.customer), amountMinor: toMinorUnits(v.amount), currency, dueDate: v.dueDate,
          paymentLink: v.paymentLink.trim(), description: v.description.trim() },
    }),
    onSuccess: () => { setV(blank); void queries.invalidateQueries({ queryKey: ['payment-requests', businessId] }); },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = paymentErrors(v, t);
    setLocal(errors);
    if (!Object.keys(errors).length) create.mutate();
  };
  const err = (f: string) => errorOf(local, create.error, f);
  const minor = toMinorUnits(v.amount);
  const created = create.data;
  return (
    <form noValidate onSubmit={submit}>
      <ErrorAlert error={create.error} />
      <CustomerFields value={v.customer} onChange={(customer) => setV({ ...v, customer })} error={err} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field label={t('payments.amount', { currency })} inputMode="decimal" value={v.amount} onChange={(e) => setV({ ...v, amount: e.target.value })}
          hint={minor ? formatMoney({ amountMinor: minor, currency }, i18n.language) : undefined} error={err('amountMinor') ?? err('currency')} />
        <Field label={t('payments.dueDate')} type="date" value={v.dueDate} onChange={(e) => setV({ ...v, dueDate: e.target.value })} error={err('dueDate')} />
        {!v.razorpay && (
          <Field label={t('payments.link')} type="url" hint={t('payments.linkHint')} value={v.paymentLink}
            onChange={(e) => setV({ ...v, paymentLink: e.target.value })} error={err('paymentLink')} />
        )}
        <Field label={t('payments.description')} value={v.description} onChange={(e) => setV({ ...v, description: e.target.value })} error={err('description')} />
      </div>
      <label className="mb-3 flex items-start gap-2">
        <input type="checkbox" className="mt-1 h-5 w-5" checked={!!v.razorpay} onChange={(e) => setV({ ...v, razorpay: e.target.checked })} />
        <span>{t('payments.razorpayLink')}<span className="block text-sm text-slate-700">{t('payments.razorpayLinkHint')}</span></span>
      </label>
      {err('razorpayLink') && <p className="mb-2 text-red-800">{err('razorpayLink')}</p>}
      <Button type="submit" busy={create.isPending} busyLabel={t('payments.creating')}>{t('payments.create')}</Button>
      {created && (
        <p role="status" className="mt-2 text-green-900">
          {t('payments.created', { amount: formatMoney({ amountMinor: created.amountMinor, currency: created.currency }, i18n.language),
            count: created.pendingReminders.length })}
        </p>
      )}
    </form>
  );
}
