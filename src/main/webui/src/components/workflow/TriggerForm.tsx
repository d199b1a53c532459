import { useTranslation } from 'react-i18next';
import { AI_TOPICS, EVENT_TOPICS, TRIGGER_TYPES, type TriggerDefinition } from '../../api/workflows';
import { Field, SelectField, TextArea } from '../forms';
import type { ExpressionVariables } from '../../workflow/variables';
import { ExpressionHelper, insertVariable } from './ExpressionHelper';

/** What starts the workflow, with the trigger's field errors ("trigger.event") under their field. */
export function TriggerForm({ trigger, errors, variables, onChange }: {
  trigger: TriggerDefinition; errors: Record<string, string>; variables: { paths: string[]; values: ExpressionVariables };
  onChange: (trigger: TriggerDefinition) => void;
}) {
  const { t } = useTranslation();
  const set = (changes: Partial<TriggerDefinition>) => {
    const next: TriggerDefinition = { ...trigger, ...changes };
    (Object.keys(next) as (keyof TriggerDefinition)[]).forEach((k) => { if (next[k] === '' || next[k] === undefined) delete next[k]; });
    onChange(next);
  };
  const topics = trigger.type === 'ai' ? AI_TOPICS : EVENT_TOPICS;
  const filter = trigger.filter ?? '';
  const mode = (trigger.settings?.mode as string | undefined) ?? 'async';
  return (
    <form aria-label={t('workflows.triggerForm')} noValidate onSubmit={(e) => e.preventDefault()}>
      <h2 className="mb-2 text-lg font-semibold">{t('workflows.trigger')}</h2>
      <SelectField label={t('workflows.triggerType')} value={trigger.type} error={errors['trigger.type']}
        onChange={(e) => onChange({ type: e.target.value })}
        options={TRIGGER_TYPES.map((type) => ({ value: type, label: t(`workflows.triggers.${type}`) }))} />
      {(trigger.type === 'event' || trigger.type === 'ai') && (
        <>
          <SelectField label={t('workflows.event')} value={trigger.event ?? ''} error={errors['trigger.event']}
            onChange={(e) => set({ event: e.target.value })}
            options={[{ value: '', label: '—' }, ...topics.map((e) => ({ value: e, label: t(`workflows.events.${e.replace('.', '_')}`, { defaultValue: e }) }))]} />
          <TextArea label={t('workflows.filter')} rows={2} dir="ltr" value={filter} error={errors['trigger.filter']} onChange={(v) => set({ filter: v })} />
          <ExpressionHelper expression={filter} kind="bool" paths={variables.paths} variables={variables.values}
            onPick={(p) => set({ filter: insertVariable(filter, p, 'bool') })} />
        </>
      )}
      {trigger.type === 'schedule' && (
        <>
          <Field label={t('workflows.schedule')} value={trigger.schedule ?? ''} error={errors['trigger.schedule']}
            hint={t('workflows.scheduleHint')} onChange={(e) => set({ schedule: e.target.value })} />
          <SelectField label={t('workflows.missed')} value={trigger.missed ?? 'runOnce'} error={errors['trigger.missed']}
            onChange={(e) => set({ missed: e.target.value })}
            options={[{ value: 'runOnce', label: t('workflows.missedRunOnce') }, { value: 'skip', label: t('workflows.missedSkip') }]} />
        </>
      )}
      {trigger.type === 'webhook' && (
        <SelectField label={t('workflows.webhookMode')} value={mode} error={errors['trigger.settings.mode']}
          onChange={(e) => set({ settings: e.target.value === 'async' ? undefined : { mode: e.target.value } })}
          options={[{ value: 'async', label: t('workflows.webhookAsync') }, { value: 'sync', label: t('workflows.webhookSync') }]} />
      )}
    </form>
  );
}
