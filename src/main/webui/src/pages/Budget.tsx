import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BusinessSubPage } from '../components/BusinessSubPage';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { BudgetGoal, GoalTarget, ResultEntry } from '../api/types';
import { Button, Card, ErrorAlert, Field, Loading } from '../components/forms';
import { toMinorUnits } from '../lib/format';
import { errorOf, wholeNumber, type LocalErrors } from '../lib/validation';
import { BudgetCurvesCard } from '../components/BudgetCurves';

const GOALS: BudgetGoal[] = ['LEADS', 'FOOTFALL', 'REVIEWS'];
export const ACTIVITIES = ['ORGANIC_CONTENT', 'LOCAL_SEARCH_ADS', 'SOCIAL_ADS', 'TOOLS', 'PROMOTIONS'];

/** What the business wants from its budget, and what each activity cost and brought in a month. */
export function BudgetPage() {
  const { t } = useTranslation();
  return (
    <BusinessSubPage back="/insights" backLabel={t('budgetGoals.back')} title={t('budgetGoals.title')}>
      {(business) => (
        <>
          <BudgetGoalsForm businessId={business.id} />
          <BudgetResultsForm businessId={business.id} currency={business.monthlyBudget?.currency ?? 'INR'} />
          <BudgetCurvesCard businessId={business.id} currency={business.monthlyBudget?.currency ?? 'INR'} />
        </>
      )}
    </BusinessSubPage>
  );
}

interface GoalRow { chosen: boolean; target: string; weight: string }

export function goalsRequest(rows: Record<BudgetGoal, GoalRow>, t: (k: string) => string): { goals?: GoalTarget[]; errors: LocalErrors } {
  const errors: LocalErrors = {};
  const chosen = GOALS.filter((g) => rows[g].chosen);
  if (!chosen.length) errors.goals = t('budgetGoals.pickOne');
  const goals = chosen.map((goal, i) => {
    const r = rows[goal];
    const monthlyTarget = r.target.trim() ? wholeNumber(r.target, 0, 1_000_000) : null;
    if (r.target.trim() && monthlyTarget === null) errors[`goals[${i}].monthlyTarget`] = t('validation.wholeNumber');
    const weight = r.weight.trim() ? Number(r.weight.replace(',', '.')) : null;
    if (weight !== null && (!Number.isFinite(weight) || weight < 0)) errors[`goals[${i}].weight`] = t('validation.positiveNumber');
    return { goal, monthlyTarget, weight };
  });
  return Object.keys(errors).length ? { errors } : { goals, errors };
}

export function BudgetGoalsForm({ businessId }: { businessId: string }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const current = useQuery({ queryKey: ['budget-goals', businessId], queryFn: () => api<GoalTarget[]>(`/businesses/${businessId}/budget/goals`) });
  const [rows, setRows] = useState<Record<BudgetGoal, GoalRow> | null>(null);
  const [local, setLocal] = useState<LocalErrors>({});
  const save = useMutation({
    mutationFn: (goals: GoalTarget[]) => api<GoalTarget[]>(`/businesses/${businessId}/budget/goals`, { method: 'PUT', body: { goals } }),
    onSuccess: (saved) => {
      queries.setQueryData(['budget-goals', businessId], saved);
      void queries.invalidateQueries({ queryKey: ['budget-plan', businessId] });
      setRows(null);
    },
  });
  if (current.isLoading) return <Loading />;
  const fromServer = Object.fromEntries(GOALS.map((g) => {
    const found = current.data?.find((x) => x.goal === g);
    return [g, { chosen: !!found, target: found?.monthlyTarget == null ? '' : String(found.monthlyTarget), weight: found?.weight == null ? '' : String(found.weight) }];
  })) as Record<BudgetGoal, GoalRow>;
  const shown = rows ?? fromServer;
  const chosen = GOALS.filter((g) => shown[g].chosen);
  const change = (g: BudgetGoal, patch: Partial<GoalRow>) => setRows({ ...shown, [g]: { ...shown[g], ...patch } });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = goalsRequest(shown, t);
    setLocal(checked.errors);
    if (checked.goals) save.mutate(checked.goals);
  };
  return (
    <Card title={t('budgetGoals.goals')}>
      <p className="mb-3 text-slate-700">{t('budgetGoals.goalsExplain')}</p>
      <ErrorAlert error={current.error ?? save.error} />
      <form noValidate onSubmit={submit}>
        {errorOf(local, save.error, 'goals') && <p className="mb-2 text-sm font-medium text-red-800">{errorOf(local, save.error, 'goals')}</p>}
        {GOALS.map((g) => {
          const i = chosen.indexOf(g);
          return (
            <fieldset key={g} className="mb-3 rounded-md border border-slate-300 p-3">
              <legend className="px-1">
                <label className="flex min-h-11 items-center gap-2 font-semibold">
                  <input type="checkbox" className="size-5" checked={shown[g].chosen} onChange={(e) => change(g, { chosen: e.target.checked })} />
                  {t(`goals.${g}`)}
                </label>
              </legend>
              {shown[g].chosen && (
                <div className="grid grid-cols-2 gap-x-4">
                  <Field label={t('budgetGoals.target', { goal: t(`goals.${g}`) })} inputMode="numeric" value={shown[g].target}
                    onChange={(e) => change(g, { target: e.target.value })} error={errorOf(local, save.error, `goals[${i}].monthlyTarget`)} />
                  <Field label={t('budgetGoals.weight', { goal: t(`goals.${g}`) })} hint={t('budgetGoals.weightHint')} inputMode="decimal"
                    value={shown[g].weight} onChange={(e) => change(g, { weight: e.target.value })} error={errorOf(local, save.error, `goals[${i}].weight`)} />
                </div>
              )}
            </fieldset>
          );
        })}
        <Button type="submit" busy={save.isPending}>{t('budgetGoals.saveGoals')}</Button>
        {save.isSuccess && <p role="status" className="mt-2 text-green-900">{t('common.saved')}</p>}
      </form>
    </Card>
  );
}

interface ResultRow { spend: string; leads: string; footfall: string; reviews: string }
const EMPTY: ResultRow = { spend: '', leads: '', footfall: '', reviews: '' };

export function resultsRequest(month: string, rows: Record<string, ResultRow>, now: Date, t: (k: string) => string):
  { month?: string; entries?: ResultEntry[]; errors: LocalErrors } {
  const errors: LocalErrors = {};
  const thisMonth = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  if (!/^\d{4}-\d{2}$/.test(month)) errors.month = t('validation.month');
  else if (month > thisMonth) errors.month = t('budgetGoals.futureMonth');
  const used = ACTIVITIES.filter((a) => Object.values(rows[a] ?? EMPTY).some((v) => v.trim()));
  if (!used.length) errors.entries = t('budgetGoals.oneActivity');
  const entries = used.map((activity, i) => {
    const r = rows[activity];
    const spendMinor = toMinorUnits(r.spend || '0');
    if (spendMinor === null) errors[`entries[${i}].spendMinor`] = t('budget.notANumber');
    const count = (text: string, field: string) => {
      if (!text.trim()) return null;
      const n = wholeNumber(text, 0, 10_000_000);
      if (n === null) errors[`entries[${i}].${field}`] = t('validation.wholeNumber');
      return n;
    };
    return { activity, spendMinor: spendMinor ?? 0, leads: count(r.leads, 'leads'), footfall: count(r.footfall, 'footfall'), reviews: count(r.reviews, 'reviews') };
  });
  return Object.keys(errors).length ? { errors } : { month, entries, errors };
}

export function BudgetResultsForm({ businessId, currency }: { businessId: string; currency: string }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [month, setMonth] = useState('');
  const [rows, setRows] = useState<Record<string, ResultRow>>({});
  const [local, setLocal] = useState<LocalErrors>({});
  const save = useMutation({
    mutationFn: (body: { month: string; entries: ResultEntry[] }) => api<unknown[]>(`/businesses/${businessId}/budget/results`, { body }),
    onSuccess: () => void queries.invalidateQueries({ queryKey: ['budget-plan', businessId] }),
  });
  const used = ACTIVITIES.filter((a) => Object.values(rows[a] ?? EMPTY).some((v) => v.trim()));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = resultsRequest(month, rows, new Date(), t);
    setLocal(checked.errors);
    if (checked.entries && checked.month) save.mutate({ month: checked.month, entries: checked.entries });
  };
  const err = (a: string, f: string) => {
    const i = used.indexOf(a);
    return i < 0 ? undefined : errorOf(local, save.error, `entries[${i}].${f}`);
  };
  const set = (a: string, f: keyof ResultRow, v: string) => setRows({ ...rows, [a]: { ...(rows[a] ?? EMPTY), [f]: v } });
  return (
    <Card title={t('budgetGoals.results')}>
      <p className="mb-3 text-slate-700">{t('budgetGoals.resultsExplain')}</p>
      <ErrorAlert error={save.error} />
      <form noValidate onSubmit={submit}>
        <Field label={t('budgetGoals.month')} type="month" placeholder="2026-03" value={month} onChange={(e) => setMonth(e.target.value)}
          error={errorOf(local, save.error, 'month')} />
        {errorOf(local, save.error, 'entries') && <p className="mb-2 text-sm font-medium text-red-800">{errorOf(local, save.error, 'entries')}</p>}
        {ACTIVITIES.map((a) => (
          <fieldset key={a} className="mb-3 rounded-md border border-slate-300 p-3">
            <legend className="px-1 font-semibold">{t(`activities.${a}`)}</legend>
            <div className="grid grid-cols-2 gap-x-4 sm:grid-cols-4">
              <Field label={t('budgetGoals.spend', { currency })} inputMode="decimal" value={rows[a]?.spend ?? ''}
                onChange={(e) => set(a, 'spend', e.target.value)} error={err(a, 'spendMinor')} />
              {(['leads', 'footfall', 'reviews'] as const).map((f) => (
                <Field key={f} label={t(`budgetGoals.${f}`)} inputMode="numeric" value={rows[a]?.[f] ?? ''}
                  onChange={(e) => set(a, f, e.target.value)} error={err(a, f)} />
              ))}
            </div>
          </fieldset>
        ))}
        <Button type="submit" busy={save.isPending}>{t('budgetGoals.saveResults')}</Button>
        {save.isSuccess && <p role="status" className="mt-2 text-green-900">{t('budgetGoals.resultsSaved')}</p>}
      </form>
    </Card>
  );
}
