import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BusinessSubPage } from '../components/BusinessSubPage';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { ContentSettings, OwnDate } from '../api/types';
import { Button, Card, ErrorAlert, Field, Loading } from '../components/forms';
import { CategoryConfigForm } from '../components/CategoryConfigForm';
import { formatDate } from '../lib/format';
import { errorOf, type LocalErrors } from '../lib/validation';

/** How the content bot works for the business, and the business's own dates its posts announce. */
export function ContentSettingsPage() {
  const { t } = useTranslation();
  return (
    <BusinessSubPage back="/content" backLabel={t('contentSettings.back')} title={t('contentSettings.title')}>
      {(business) => (
        <>
          <ContentSettingsForm businessId={business.id} />
          <OwnDates businessId={business.id} />
          <CategoryConfigForm businessId={business.id} />
        </>
      )}
    </BusinessSubPage>
  );
}

type Switches = Pick<ContentSettings, 'weeklyContent' | 'autoPublish' | 'llmEnabled'>;
const SWITCHES: (keyof Switches)[] = ['weeklyContent', 'autoPublish', 'llmEnabled'];

export function ContentSettingsForm({ businessId }: { businessId: string }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const current = useQuery({
    queryKey: ['content-settings', businessId],
    queryFn: () => api<ContentSettings>(`/businesses/${businessId}/content/settings`),
  });
  const [values, setValues] = useState<Switches | null>(null);
  const save = useMutation({
    mutationFn: (body: Switches) => api<ContentSettings>(`/businesses/${businessId}/content/settings`, { method: 'PUT', body }),
    onSuccess: (saved) => { queries.setQueryData(['content-settings', businessId], saved); setValues(null); },
  });
  if (current.isLoading) return <Loading />;
  if (!current.data) return <ErrorAlert error={current.error} />;
  const shown: Switches = values ?? current.data;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ weeklyContent: shown.weeklyContent, autoPublish: shown.autoPublish, llmEnabled: shown.llmEnabled });
  };
  return (
    <Card title={t('contentSettings.bot')}>
      <ErrorAlert error={save.error} />
      <form noValidate onSubmit={submit}>
        {SWITCHES.map((key) => (
          <div key={key} className="mb-3">
            <label className="flex min-h-11 items-center gap-3 font-medium">
              <input type="checkbox" className="size-5" checked={shown[key]} onChange={(e) => setValues({ ...shown, [key]: e.target.checked })} />
              {t(`contentSettings.${key}`)}
            </label>
            <p className="ms-8 text-sm text-slate-700">{t(`contentSettings.${key}Hint`)}</p>
          </div>
        ))}
        {!current.data.llmConfigured && <p className="mb-3 text-sm text-slate-700">{t('contentSettings.llmNotConfigured')}</p>}
        <Button type="submit" busy={save.isPending}>{t('common.save')}</Button>
        {save.isSuccess && <p role="status" className="mt-2 text-green-900">{t('common.saved')}</p>}
      </form>
    </Card>
  );
}

export function ownDateErrors(name: string, date: string, t: (k: string) => string): LocalErrors {
  const errors: LocalErrors = {};
  if (!name.trim()) errors.name = t('validation.required');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errors.date = t('validation.date');
  return errors;
}

export function OwnDates({ businessId }: { businessId: string }) {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const key = ['content-dates', businessId];
  const dates = useQuery({ queryKey: key, queryFn: () => api<OwnDate[]>(`/businesses/${businessId}/content/dates`) });
  const [name, setName] = useState('');
  const [date, setDate] = useState('');
  const [local, setLocal] = useState<LocalErrors>({});
  const add = useMutation({
    mutationFn: () => api<OwnDate>(`/businesses/${businessId}/content/dates`, { body: { name: name.trim(), date } }),
    onSuccess: () => { setName(''); setDate(''); void queries.invalidateQueries({ queryKey: key }); },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api<void>(`/content/dates/${id}`, { method: 'DELETE' }),
    onSuccess: () => void queries.invalidateQueries({ queryKey: key }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = ownDateErrors(name, date, t);
    setLocal(errors);
    if (!Object.keys(errors).length) add.mutate();
  };
  return (
    <Card title={t('contentSettings.dates')}>
      <p className="mb-3 text-slate-700">{t('contentSettings.datesExplain')}</p>
      <ErrorAlert error={dates.error ?? remove.error} />
      {dates.isLoading && <Loading />}
      {dates.data?.length === 0 && <p className="mb-3 text-slate-700">{t('contentSettings.noDates')}</p>}
      <ul className="mb-4 divide-y divide-slate-200" aria-label={t('contentSettings.dates')}>
        {dates.data?.map((d) => (
          <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span><span className="font-medium">{d.name}</span> · {formatDate(d.date, i18n.language)}</span>
            <Button variant="danger" busy={remove.isPending && remove.variables === d.id} onClick={() => remove.mutate(d.id)}
              label={t('contentSettings.removeDate', { name: d.name })}>{t('leadSettings.remove')}</Button>
          </li>
        ))}
      </ul>
      <form noValidate onSubmit={submit}>
        <h3 className="mb-2 font-semibold">{t('contentSettings.addDate')}</h3>
        <ErrorAlert error={add.error} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field label={t('contentSettings.dateName')} value={name} onChange={(e) => setName(e.target.value)} error={errorOf(local, add.error, 'name')} />
          <Field label={t('contentSettings.date')} type="date" value={date} onChange={(e) => setDate(e.target.value)} error={errorOf(local, add.error, 'date')} />
        </div>
        <Button type="submit" busy={add.isPending}>{t('contentSettings.addDate')}</Button>
      </form>
    </Card>
  );
}
