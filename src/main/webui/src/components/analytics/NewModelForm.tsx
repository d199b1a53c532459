import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { AnalyticsModel, ModelKindChoice } from '../../api/analytics';
import { Button, Field, SelectField, fieldError } from '../forms';
import { LifecycleProblem } from './LifecycleProblem';

/** Creates a model for the business: a kind and one of the targets the API accepts for it, and a name. */
export function NewModelForm({ businessId, onDone }: { businessId: string; onDone: (model?: AnalyticsModel) => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const kinds = useQuery({ queryKey: ['analytics-kinds'], queryFn: () => api<ModelKindChoice[]>('/analytics/kinds'), staleTime: Infinity });
  const [kind, setKind] = useState('');
  const [target, setTarget] = useState('');
  const [name, setName] = useState('');
  const choices = kinds.data ?? [];
  const chosen = choices.find((k) => k.kind === kind) ?? choices[0];
  const targets = chosen?.targets ?? [];
  const chosenTarget = targets.includes(target) ? target : targets[0] ?? '';
  const create = useMutation({
    mutationFn: () => api<AnalyticsModel>('/analytics/models', {
      body: { name: name.trim() || suggestedName(chosen?.kind ?? '', chosenTarget), kind: chosen?.kind, target: chosenTarget, businessId },
    }),
    onSuccess: (model) => {
      void queries.invalidateQueries({ queryKey: ['analytics-models'] });
      onDone(model);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <form onSubmit={submit} className="mb-4 rounded-md border border-slate-200 p-3" aria-label={t('analytics.new.title')}>
      <LifecycleProblem error={kinds.error ?? (fieldError(create.error, 'name', 'kind', 'target') ? null : create.error)} />
      <SelectField label={t('analytics.new.kind')} value={chosen?.kind ?? ''} onChange={(e) => setKind(e.target.value)}
        options={choices.map((k) => ({ value: k.kind, label: t(`analytics.new.kinds.${k.kind}`, { defaultValue: t(`analytics.kinds.${k.kind}`, { defaultValue: k.kind }) }) }))}
        error={fieldError(create.error, 'kind')} />
      <SelectField label={t('analytics.new.target')} value={chosenTarget} onChange={(e) => setTarget(e.target.value)}
        options={targets.map((x) => ({ value: x, label: t(`analytics.metrics.${x}`, { defaultValue: x }) }))}
        error={fieldError(create.error, 'target')} />
      <Field label={t('analytics.new.name')} hint={t('analytics.new.nameHint')} value={name} maxLength={100}
        placeholder={suggestedName(chosen?.kind ?? '', chosenTarget)} onChange={(e) => setName(e.target.value)}
        error={fieldError(create.error, 'name')} autoComplete="off" />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={create.isPending} disabled={!chosen || !chosenTarget}>{t('analytics.new.create')}</Button>
        <Button variant="secondary" onClick={() => onDone()}>{t('analytics.new.cancel')}</Button>
      </div>
    </form>
  );
}

/** A name the API accepts (Latin letters, digits, space): "revenue forecast". */
export function suggestedName(kind: string, target: string): string {
  return `${target} ${kind}`.toLowerCase().replace(/_/g, ' ').trim();
}
