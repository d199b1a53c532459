import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BusinessSubPage } from '../components/BusinessSubPage';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { SaleImport, SaleRecorded } from '../api/types';
import { CsvImport } from '../components/CsvImport';
import { Button, Card, ErrorAlert, Field } from '../components/forms';
import { formatMoney, toMinorUnits } from '../lib/format';
import { errorOf, type LocalErrors } from '../lib/validation';

export const SALES_CSV_HEADER = 'externalId,phone,name,amountMinor,currency,occurredAt,referralCode,contactId,marketingConsent';

/** Sales feed the thank-you with the review link and referral attribution: one by hand, or many from a CSV file. */
export function SalesPage() {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const refresh = () => void queries.invalidateQueries({ queryKey: ['referral-stats'] });
  return (
    <BusinessSubPage back="/reviews" backLabel={t('sales.back')} title={t('sales.title')}>
      {(business) => (
        <>
          <Card title={t('sales.record')}>
            <p className="mb-3 text-slate-700">{t('sales.explain')}</p>
            <SaleForm businessId={business.id} currency={business.monthlyBudget?.currency ?? 'INR'} onSaved={refresh} />
          </Card>
          <Card title={t('sales.import')}>
            <p className="mb-3 text-slate-700">{t('sales.importExplain')}</p>
            <CsvImport<SaleImport> path={`/businesses/${business.id}/sales/import`} label={t('sales.file')} header={SALES_CSV_HEADER}
              describe={(r) => t('sales.imported', { received: r.received, created: r.created, already: r.alreadyRecorded })} onImported={refresh} />
          </Card>
        </>
      )}
    </BusinessSubPage>
  );
}

interface SaleValues { phone: string; name: string; amount: string; referralCode: string; externalId: string; marketingConsent: boolean }

export function saleErrors(v: SaleValues, t: (k: string) => string): LocalErrors {
  const errors: LocalErrors = {};
  if (!v.phone.trim()) errors.phone = t('validation.required');
  if (toMinorUnits(v.amount) === null) errors.amountMinor = t('budget.notANumber');
  return errors;
}

export function SaleForm({ businessId, currency, onSaved }: { businessId: string; currency: string; onSaved?: () => void }) {
  const { t, i18n } = useTranslation();
  const blank: SaleValues = { phone: '', name: '', amount: '', referralCode: '', externalId: '', marketingConsent: false };
  const [v, setV] = useState<SaleValues>(blank);
  const [local, setLocal] = useState<LocalErrors>({});
  const save = useMutation({
    mutationFn: () => api<SaleRecorded>(`/businesses/${businessId}/sales`, {
      body: {
        phone: v.phone.trim(), name: v.name.trim() || null, amountMinor: toMinorUnits(v.amount), currency,
        referralCode: v.referralCode.trim() || null, externalId: v.externalId.trim() || null, marketingConsent: v.marketingConsent,
      },
    }),
    onSuccess: () => { setV(blank); onSaved?.(); },
  });
  const set = (key: keyof SaleValues) => (e: { target: { value: string } }) => setV({ ...v, [key]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = saleErrors(v, t);
    setLocal(errors);
    if (!Object.keys(errors).length) save.mutate();
  };
  const err = (f: string) => errorOf(local, save.error, f);
  const sale = save.data;
  return (
    <form noValidate onSubmit={submit}>
      <ErrorAlert error={save.error} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field label={t('sales.phone')} hint={t('business.phoneHint')} type="tel" value={v.phone} onChange={set('phone')} error={err('phone')} />
        <Field label={t('sales.name')} value={v.name} onChange={set('name')} error={err('name')} />
        <Field label={t('sales.amount', { currency })} inputMode="decimal" value={v.amount} onChange={set('amount')} error={err('amountMinor')} />
        <Field label={t('sales.referralCode')} value={v.referralCode} onChange={set('referralCode')} error={err('referralCode')} />
        <Field label={t('sales.externalId')} hint={t('sales.externalIdHint')} value={v.externalId} onChange={set('externalId')} error={err('externalId')} />
      </div>
      <label className="mb-4 flex min-h-11 items-center gap-2">
        <input type="checkbox" className="size-5" checked={v.marketingConsent} onChange={(e) => setV({ ...v, marketingConsent: e.target.checked })} />
        {t('sales.consent')}
      </label>
      <Button type="submit" busy={save.isPending}>{t('sales.save')}</Button>
      {sale && (
        <p role="status" className="mt-2 text-green-900">
          {t(sale.alreadyRecorded ? 'sales.already' : 'sales.saved', { amount: formatMoney(sale.amount, i18n.language) })}
        </p>
      )}
    </form>
  );
}
