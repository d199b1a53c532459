import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../api/client';
import type { Activity } from '../api/types';
import type { ActivitySetting, BudgetCurves, CurveSetting } from '../api/ownerTypes';
import { Button, Card, ErrorAlert, Field, Loading, SelectField, ScrollRegion } from './forms';
import { formatMoney, formatNumber, plainDecimal } from '../lib/format';
import { errorOf, type LocalErrors } from '../lib/validation';

const ACTIVITIES: Activity[] = ['ORGANIC_CONTENT', 'LOCAL_SEARCH_ADS', 'SOCIAL_ADS', 'TOOLS', 'PROMOTIONS'];
const GOALS = ['LEADS', 'FOOTFALL', 'REVIEWS'];
const MAX_CURVES = 15;

/** Digits after the point in a currency (2 for INR and USD, 0 for JPY). */
function digitsOf(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** An amount typed in the currency's major unit ("5,000.50") to minor units; null when not one. */
export function minorOf(typed: string, currency: string): number | null {
  const digits = digitsOf(currency);
  const cleaned = plainDecimal(typed);
  const pattern = digits ? new RegExp(`^\\d+(\\.\\d{1,${digits}})?$`) : /^\d+$/;
  if (!pattern.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 10 ** digits);
}

function majorOf(minor: number, currency: string): string {
  return String(minor / 10 ** digitsOf(currency));
}

export interface CurveRow { activity: Activity; goal: string; a: string; b: string }
export interface LimitRow { min: string; max: string }

/** The PUT body from the rows typed, or the field errors by the names the service uses (curves[2].b). */
export function curvesRequest(rows: CurveRow[], limits: Partial<Record<Activity, LimitRow>>, currency: string, t: (k: string) => string):
  { body?: { curves: CurveSetting[]; activities: ActivitySetting[] }; errors: LocalErrors } {
  const errors: LocalErrors = {};
  if (!rows.length) errors.curves = t('curves.oneCurve');
  const seen = new Set<string>();
  const curves = rows.map((r, i) => {
    const a = Number(r.a.trim().replace(',', '.'));
    if (!r.a.trim() || !Number.isFinite(a) || a <= 0) errors[`curves[${i}].a`] = t('curves.badA');
    const b = minorOf(r.b, currency);
    if (b === null || b <= 0) errors[`curves[${i}].b`] = t('curves.badB');
    const pair = `${r.activity}/${r.goal}`;
    if (seen.has(pair)) errors[`curves[${i}].goal`] = t('curves.twice');
    seen.add(pair);
    return { activity: r.activity, goal: r.goal, a, b: b ?? 0 };
  });
  const activities: ActivitySetting[] = [];
  for (const activity of ACTIVITIES.filter((x) => rows.some((r) => r.activity === x))) {
    const l = limits[activity];
    if (!l || (!l.min.trim() && !l.max.trim())) continue;
    const i = activities.length;
    const minMinor = l.min.trim() ? minorOf(l.min, currency) : 0;
    const maxMinor = l.max.trim() ? minorOf(l.max, currency) : null;
    if (minMinor === null) errors[`activities[${i}].minMinor`] = t('budget.notANumber');
    if (l.max.trim() && maxMinor === null) errors[`activities[${i}].maxMinor`] = t('budget.notANumber');
    else if (maxMinor !== null && minMinor !== null && maxMinor < minMinor) errors[`activities[${i}].maxMinor`] = t('curves.maxBelowMin');
    activities.push({ activity, minMinor: minMinor ?? 0, maxMinor });
  }
  return Object.keys(errors).length ? { errors } : { body: { curves, activities }, errors };
}

const key = (businessId: string) => ['budget-curves', businessId];

/** True when the plan or the curves answered 409: no curves for the budget's currency. */
export function isMissingCurves(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409;
}

/** The service's explanation of the 409 and what to do here, instead of the generic "clashes" hint. */
export function MissingCurves({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="mb-4 rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950">
      <p className="font-semibold wrap-anywhere">{error.problem.detail ?? error.message}</p>
      <p className="mt-1 text-sm">{t('curves.setBelow')}</p>
    </div>
  );
}

/** The curves the plan uses (read-only), or, when the budget's currency has none, the service's explanation and a form. */
export function BudgetCurvesCard({ businessId, currency }: { businessId: string; currency: string }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const curves = useQuery({ queryKey: key(businessId), queryFn: () => api<BudgetCurves>(`/businesses/${businessId}/budget/curves`) });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const remove = useMutation({
    mutationFn: () => api<void>(`/businesses/${businessId}/budget/curves`, { method: 'DELETE' }),
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: key(businessId) });
      void queries.invalidateQueries({ queryKey: ['budget-plan', businessId] });
    },
  });
  const missing = isMissingCurves(curves.error);
  const own = curves.data?.curves.some((c) => c.source.startsWith('BUSINESS'));
  return (
    <div id="curves"><Card title={t('curves.title')}>
      <p className="mb-3 text-slate-700">{t('curves.explain')}</p>
      {curves.isLoading && <Loading />}
      {missing ? <MissingCurves error={curves.error as ApiError} /> : <ErrorAlert error={curves.error ?? remove.error} />}
      {curves.data && !editing && (
        <>
          <CurvesTable curves={curves.data} />
          <div className="mt-3 flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => { setEditing(true); setSaved(false); }}>{t('curves.useOwn')}</Button>
            {own && <Button variant="danger" busy={remove.isPending} onClick={() => remove.mutate()}>{t('curves.removeOwn')}</Button>}
          </div>
        </>
      )}
      {(missing || editing) && (
        <CurvesForm businessId={businessId} currency={curves.data?.currency ?? currency} current={curves.data}
          onDone={editing ? () => setEditing(false) : undefined} onSaved={() => setSaved(true)} />
      )}
      {saved && !editing && <p role="status" className="mt-2 text-green-900">{t('curves.saved')}</p>}
    </Card></div>
  );
}

function CurvesTable({ curves }: { curves: BudgetCurves }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const money = (minor: number) => formatMoney({ amountMinor: minor, currency: curves.currency }, lang);
  return (
    <>
      <ScrollRegion>
        <table className="w-full text-sm">
          <caption className="sr-only">{t('curves.title')}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pe-2 text-start">{t('curves.activity')}</th>
              <th scope="col" className="py-2 pe-2 text-start">{t('curves.goal')}</th>
              <th scope="col" className="py-2 pe-2 text-end">{t('curves.a')}</th>
              <th scope="col" className="py-2 pe-2 text-end">{t('curves.b', { currency: curves.currency })}</th>
              <th scope="col" className="py-2 text-start">{t('curves.source')}</th>
            </tr>
          </thead>
          <tbody>
            {curves.curves.map((c) => (
              <tr key={`${c.activity}/${c.goal}`} className="border-b border-slate-100">
                <th scope="row" className="py-2 pe-2 text-start font-medium">{t(`activities.${c.activity}`)}</th>
                <td className="py-2 pe-2">{t(`goals.${c.goal}`, { defaultValue: c.goal })}</td>
                <td className="py-2 pe-2 text-end">{formatNumber(c.scaleA, lang, 1)}</td>
                <td className="py-2 pe-2 text-end">{money(c.spendBMinor)}</td>
                <td className="py-2">{t(`curves.sources.${c.source}`, { defaultValue: c.source })}
                  {c.observations > 0 && ` · ${t('curves.observations', { count: c.observations })}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {curves.activities.length > 0 && (
        <ul className="mt-3 list-disc ps-5 text-sm" aria-label={t('curves.limits')}>
          {curves.activities.map((a) => (
            <li key={a.activity}>
              {t('curves.limitLine', { activity: t(`activities.${a.activity}`), min: formatMoney(a.minSpend, lang),
                max: a.maxSpend ? formatMoney(a.maxSpend, lang) : t('curves.noMax') })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function CurvesForm({ businessId, currency: known, current, onDone, onSaved }:
  { businessId: string; currency?: string; current?: BudgetCurves; onDone?: () => void; onSaved?: () => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const currency = known ?? current?.currency ?? 'INR';
  const [rows, setRows] = useState<CurveRow[]>(() => current?.curves.length
    ? current.curves.map((c) => ({ activity: c.activity, goal: c.goal, a: String(Math.round(c.scaleA * 100) / 100), b: majorOf(c.spendBMinor, currency) }))
    : [{ activity: 'LOCAL_SEARCH_ADS', goal: 'LEADS', a: '', b: '' }]);
  const [limits, setLimits] = useState<Partial<Record<Activity, LimitRow>>>(() => Object.fromEntries((current?.activities ?? [])
    .filter((a) => a.source.startsWith('BUSINESS'))
    .map((a) => [a.activity, { min: majorOf(a.minSpend.amountMinor, currency), max: a.maxSpend ? majorOf(a.maxSpend.amountMinor, currency) : '' }])));
  const [local, setLocal] = useState<LocalErrors>({});
  const save = useMutation({
    mutationFn: (body: { curves: CurveSetting[]; activities: ActivitySetting[] }) =>
      api<BudgetCurves>(`/businesses/${businessId}/budget/curves`, { method: 'PUT', body }),
    onSuccess: (saved) => {
      queries.setQueryData(key(businessId), saved);
      void queries.invalidateQueries({ queryKey: ['budget-plan', businessId] });
      onSaved?.();
      onDone?.();
    },
  });
  const used = ACTIVITIES.filter((x) => rows.some((r) => r.activity === x));
  const sentLimits = used.filter((x) => limits[x]?.min.trim() || limits[x]?.max.trim());
  const err = (f: string) => errorOf(local, save.error, f);
  const limitErr = (a: Activity, f: string) => {
    const i = sentLimits.indexOf(a);
    return i < 0 ? undefined : err(`activities[${i}].${f}`);
  };
  const setRow = (i: number, patch: Partial<CurveRow>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const setLimit = (a: Activity, patch: Partial<LimitRow>) => setLimits({ ...limits, [a]: { ...(limits[a] ?? { min: '', max: '' }), ...patch } });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = curvesRequest(rows, limits, currency, t);
    setLocal(checked.errors);
    if (checked.body) save.mutate(checked.body);
  };
  return (
    <form noValidate onSubmit={submit} className="mt-4">
      <h3 className="mb-1 font-semibold">{t('curves.formTitle', { currency })}</h3>
      <p className="mb-3 text-sm text-slate-700">{t('curves.formExplain')}</p>
      <ErrorAlert error={save.error} />
      {err('curves') && <p className="mb-2 text-sm font-medium text-red-800">{err('curves')}</p>}
      {rows.map((r, i) => (
        <fieldset key={i} className="mb-3 rounded-md border border-slate-300 p-3">
          <legend className="px-1 font-semibold">{t('curves.curveN', { n: i + 1 })}</legend>
          <div className="grid gap-x-4 sm:grid-cols-2">
            <SelectField label={t('curves.activityN', { n: i + 1 })} value={r.activity} error={err(`curves[${i}].activity`)}
              onChange={(e) => setRow(i, { activity: e.target.value as Activity })}
              options={ACTIVITIES.map((a) => ({ value: a, label: t(`activities.${a}`) }))} />
            <SelectField label={t('curves.goalN', { n: i + 1 })} value={r.goal} error={err(`curves[${i}].goal`)}
              onChange={(e) => setRow(i, { goal: e.target.value })} options={GOALS.map((g) => ({ value: g, label: t(`goals.${g}`) }))} />
            <Field label={t('curves.aN', { n: i + 1 })} hint={t('curves.aHint')} inputMode="decimal" value={r.a}
              onChange={(e) => setRow(i, { a: e.target.value })} error={err(`curves[${i}].a`)} />
            <Field label={t('curves.bN', { n: i + 1, currency })} hint={t('curves.bHint')} inputMode="decimal" value={r.b}
              onChange={(e) => setRow(i, { b: e.target.value })} error={err(`curves[${i}].b`)} />
          </div>
          {rows.length > 1 && (
            <Button variant="danger" label={t('curves.removeN', { n: i + 1 })} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
              {t('curves.remove')}
            </Button>
          )}
        </fieldset>
      ))}
      {rows.length < MAX_CURVES && (
        <div className="mb-4">
          <Button variant="secondary" onClick={() => setRows([...rows, { activity: 'SOCIAL_ADS', goal: 'LEADS', a: '', b: '' }])}>
            {t('curves.add')}
          </Button>
        </div>
      )}
      <h3 className="mb-1 font-semibold">{t('curves.limits')}</h3>
      <p className="mb-3 text-sm text-slate-700">{t('curves.limitsExplain')}</p>
      {used.map((a) => (
        <fieldset key={a} className="mb-3 rounded-md border border-slate-300 p-3">
          <legend className="px-1 font-semibold">{t(`activities.${a}`)}</legend>
          <div className="grid grid-cols-2 gap-x-4">
            <Field label={t('curves.min', { activity: t(`activities.${a}`), currency })} inputMode="decimal" value={limits[a]?.min ?? ''}
              onChange={(e) => setLimit(a, { min: e.target.value })} error={limitErr(a, 'minMinor') ?? limitErr(a, 'activity')} />
            <Field label={t('curves.max', { activity: t(`activities.${a}`), currency })} inputMode="decimal" value={limits[a]?.max ?? ''}
              onChange={(e) => setLimit(a, { max: e.target.value })} error={limitErr(a, 'maxMinor')} />
          </div>
        </fieldset>
      ))}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={save.isPending}>{t('curves.save')}</Button>
        {onDone && <Button variant="secondary" onClick={onDone}>{t('curves.cancel')}</Button>}
      </div>
    </form>
  );
}
