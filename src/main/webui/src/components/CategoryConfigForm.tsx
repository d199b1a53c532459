import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { CategoryConfig, PostingWindow } from '../api/ownerTypes';
import { Button, Card, ErrorAlert, Field, Loading } from './forms';
import { errorOf, type LocalErrors } from '../lib/validation';

const MAX_WINDOWS = 12;
const MAX_THEMES = 20;

/** "07:00:00" or "07:00" as "07:00", for a time input. */
const hhmm = (time: string) => time.slice(0, 5);

export function categoryErrors(windows: PostingWindow[], themes: string[], t: (k: string) => string): LocalErrors {
  const errors: LocalErrors = {};
  windows.forEach((w, i) => {
    if (!w.name.trim()) errors[`postingWindows[${i}].name`] = t('validation.required');
    else if (w.name.trim().length > 40) errors[`postingWindows[${i}].name`] = t('categoryConfig.tooLong40');
    if (!w.start) errors[`postingWindows[${i}].start`] = t('validation.required');
    if (!w.end) errors[`postingWindows[${i}].end`] = t('validation.required');
    if (w.start && w.end && w.start >= w.end) errors[`postingWindows[${i}]`] = t('categoryConfig.startBeforeEnd');
  });
  themes.forEach((theme, i) => {
    if (!theme.trim()) errors[`contentThemes[${i}]`] = t('validation.required');
    else if (theme.trim().length > 60) errors[`contentThemes[${i}]`] = t('categoryConfig.tooLong60');
  });
  return errors;
}

/** When posts go out (named windows, from/to in the business's time) and what they are about (themes). */
export function CategoryConfigForm({ businessId }: { businessId: string }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const key = ['category-config', businessId];
  const current = useQuery({ queryKey: key, queryFn: () => api<CategoryConfig>(`/businesses/${businessId}/category-config`) });
  const [windows, setWindows] = useState<PostingWindow[] | null>(null);
  const [themes, setThemes] = useState<string[] | null>(null);
  const [local, setLocal] = useState<LocalErrors>({});
  const save = useMutation({
    mutationFn: (body: CategoryConfig) => api<CategoryConfig>(`/businesses/${businessId}/category-config`, { method: 'PUT', body }),
    onSuccess: (saved) => { queries.setQueryData(key, saved); setWindows(null); setThemes(null); },
  });
  if (current.isLoading) return <Loading />;
  if (!current.data) return <ErrorAlert error={current.error} />;
  const w = windows ?? current.data.postingWindows.map((x) => ({ ...x, start: hhmm(x.start), end: hhmm(x.end) }));
  const th = themes ?? current.data.contentThemes;
  const err = (f: string) => errorOf(local, save.error, f);
  const setWindow = (i: number, patch: Partial<PostingWindow>) => { setWindows(w.map((x, j) => (j === i ? { ...x, ...patch } : x))); save.reset(); };
  const setTheme = (i: number, value: string) => { setThemes(th.map((x, j) => (j === i ? value : x))); save.reset(); };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = categoryErrors(w, th, t);
    setLocal(errors);
    if (Object.keys(errors).length) return;
    save.mutate({
      automationPriorities: current.data!.automationPriorities,
      contentThemes: th.map((x) => x.trim()),
      postingWindows: w.map((x) => ({ name: x.name.trim(), start: x.start, end: x.end })),
    });
  };
  return (
    <Card title={t('categoryConfig.title')}>
      <form noValidate onSubmit={submit}>
        <ErrorAlert error={save.error} />
        <h3 className="mb-1 font-semibold">{t('categoryConfig.windows')}</h3>
        <p className="mb-3 text-sm text-slate-700">{t('categoryConfig.windowsExplain')}</p>
        {w.length === 0 && <p className="mb-3 text-sm">{t('categoryConfig.noWindows')}</p>}
        {w.map((x, i) => (
          <fieldset key={i} className="mb-3 rounded-md border border-slate-300 p-3">
            <legend className="px-1 font-semibold">{x.name.trim() || t('categoryConfig.windowN', { n: i + 1 })}</legend>
            <Field label={t('categoryConfig.name', { n: i + 1 })} hint={t('categoryConfig.nameHint')} value={x.name}
              onChange={(e) => setWindow(i, { name: e.target.value })} error={err(`postingWindows[${i}].name`)} />
            <div className="grid grid-cols-2 items-end gap-x-4">
              <Field label={t('categoryConfig.from', { n: i + 1 })} type="time" value={x.start}
                onChange={(e) => setWindow(i, { start: e.target.value })} error={err(`postingWindows[${i}].start`)} />
              <Field label={t('categoryConfig.to', { n: i + 1 })} type="time" value={x.end}
                onChange={(e) => setWindow(i, { end: e.target.value })} error={err(`postingWindows[${i}].end`)} />
            </div>
            {(local[`postingWindows[${i}]`] ?? exact(save.error, `postingWindows[${i}]`)) && (
              <p className="mb-2 text-sm font-medium text-red-800">{local[`postingWindows[${i}]`] ?? exact(save.error, `postingWindows[${i}]`)}</p>
            )}
            {x.start && x.end && x.start < x.end && (
              <p className="mb-2 text-sm text-slate-700">{t('categoryConfig.summary', { from: x.start, to: x.end })}</p>
            )}
            <Button variant="danger" label={t('categoryConfig.removeWindow', { n: i + 1 })}
              onClick={() => setWindows(w.filter((_, j) => j !== i))}>{t('categoryConfig.remove')}</Button>
          </fieldset>
        ))}
        {w.length < MAX_WINDOWS && (
          <div className="mb-4">
            <Button variant="secondary" onClick={() => setWindows([...w, { name: '', start: '', end: '' }])}>{t('categoryConfig.addWindow')}</Button>
          </div>
        )}
        <h3 className="mb-1 font-semibold">{t('categoryConfig.themes')}</h3>
        <p className="mb-3 text-sm text-slate-700">{t('categoryConfig.themesExplain')}</p>
        {th.map((theme, i) => (
          <div key={i} className="flex items-end gap-2">
            <div className="grow">
              <Field label={t('categoryConfig.theme', { n: i + 1 })} value={theme} onChange={(e) => setTheme(i, e.target.value)}
                error={err(`contentThemes[${i}]`)} />
            </div>
            <div className="mb-4">
              <Button variant="danger" label={t('categoryConfig.removeTheme', { n: i + 1 })}
                onClick={() => setThemes(th.filter((_, j) => j !== i))}>{t('categoryConfig.remove')}</Button>
            </div>
          </div>
        ))}
        {th.length < MAX_THEMES && (
          <div className="mb-4">
            <Button variant="secondary" onClick={() => setThemes([...th, ''])}>{t('categoryConfig.addTheme')}</Button>
          </div>
        )}
        <Button type="submit" busy={save.isPending}>{t('categoryConfig.save')}</Button>
        {save.isSuccess && <p role="status" className="mt-2 text-green-900">{t('common.saved')}</p>}
      </form>
    </Card>
  );
}

/** The service's error for exactly this field (a whole window: "postingWindows[1]"), not its sub-fields. */
function exact(error: unknown, field: string): string | undefined {
  return (error as { fieldErrors?: Record<string, string> } | null)?.fieldErrors?.[field];
}
