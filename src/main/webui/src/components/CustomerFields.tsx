import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { ContactPage, ContactSummary } from '../api/reminders';
import { Field, SelectField } from './forms';
import type { LocalErrors } from '../lib/validation';

export interface CustomerValue { mode: 'phone' | 'contact'; phone: string; name: string; search: string; contactId: string }

export const NO_CUSTOMER: CustomerValue = { mode: 'phone', phone: '', name: '', search: '', contactId: '' };

/** The request's customer part: an existing contact, or a phone (and name) the service finds or creates. */
export function customerBody(v: CustomerValue): { contactId: string } | { phone: string; name: string | null } {
  return v.mode === 'contact' ? { contactId: v.contactId } : { phone: v.phone.trim(), name: v.name.trim() || null };
}

export function customerErrors(v: CustomerValue, t: (k: string) => string): LocalErrors {
  if (v.mode === 'contact') return v.contactId ? {} : { contactId: t('customer.pick') };
  return v.phone.trim() ? {} : { phone: t('validation.required') };
}

export function contactLabel(c: ContactSummary): string {
  return [c.name, c.phone ?? c.email].filter(Boolean).join(' · ') || c.id;
}

/** A customer by phone and name, or one of the business's contacts found by name or number. */
export function CustomerFields({ value, onChange, error }:
  { value: CustomerValue; onChange: (v: CustomerValue) => void; error: (field: string) => string | undefined }) {
  const { t } = useTranslation();
  const name = useId();
  const q = value.search.trim();
  const found = useQuery({
    queryKey: ['contacts', q], enabled: value.mode === 'contact' && q.length >= 2,
    queryFn: () => api<ContactPage>(`/contacts?q=${encodeURIComponent(q)}&limit=20`),
  });
  const set = (patch: Partial<CustomerValue>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="mb-2">
      <legend className="mb-2 font-medium text-slate-800">{t('customer.legend')}</legend>
      <div className="mb-3 flex flex-wrap gap-4">
        {(['phone', 'contact'] as const).map((mode) => (
          <label key={mode} className="flex min-h-11 items-center gap-2">
            <input type="radio" className="size-5" name={name} checked={value.mode === mode} onChange={() => set({ mode })} />
            {t(`customer.mode.${mode}`)}
          </label>
        ))}
      </div>
      {value.mode === 'phone' ? (
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field label={t('customer.phone')} hint={t('business.phoneHint')} type="tel" autoComplete="off" value={value.phone}
            onChange={(e) => set({ phone: e.target.value })} error={error('phone')} />
          <Field label={t('customer.name')} value={value.name} onChange={(e) => set({ name: e.target.value })} error={error('name')} />
        </div>
      ) : (
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field label={t('customer.search')} hint={t('customer.searchHint')} type="search" value={value.search}
            onChange={(e) => set({ search: e.target.value, contactId: '' })} />
          <SelectField label={t('customer.contact')} value={value.contactId} onChange={(e) => set({ contactId: e.target.value })}
            error={error('contactId')} disabled={!found.data?.items.length}
            options={[{ value: '', label: found.isFetching ? t('common.loading') : t('customer.found', { count: found.data?.items.length ?? 0 }) },
              ...(found.data?.items ?? []).map((c) => ({ value: c.id, label: contactLabel(c) }))]} />
        </div>
      )}
    </fieldset>
  );
}

/** A contact's name (or number) by id; the id while it loads. */
export function ContactName({ id }: { id: string }) {
  const { t } = useTranslation();
  const contact = useQuery({ queryKey: ['contact', id], queryFn: () => api<ContactSummary>(`/contacts/${id}`), staleTime: 60000 });
  if (!contact.data) return <span>{contact.isError ? t('customer.unknown') : '…'}</span>;
  return <span>{contactLabel(contact.data)}</span>;
}
