import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connection } from '../../api/types';
import type { StepDefinition, StepRun } from '../../api/workflows';
import { Button, Field, SelectField, TextArea } from '../forms';
import { getPath, setPath, stepType, type Handle, type SettingField } from '../../workflow/stepTypes';
import { settingError } from '../../workflow/validate';
import type { ExpressionVariables } from '../../workflow/variables';
import { ExpressionHelper, insertVariable } from './ExpressionHelper';
import { StepRunDetails } from './StepRunDetails';
import { optionWords } from '../../workflow/words';

export interface StepFormProps {
  step: StepDefinition;
  /** Field errors of this step, by the rest of their name ("settings.duration", "next", "" for the step). */
  errors?: Record<string, string>;
  otherSteps: string[];
  /** The step each handle leads to (branch: several). */
  targets: Partial<Record<Handle, string[]>>;
  connections: Connection[];
  messageTemplates: string[];
  variables: { paths: string[]; values: ExpressionVariables };
  run?: StepRun;
  onChange: (step: StepDefinition) => void;
  onRename: (id: string) => void;
  onConnect: (handle: Handle, target: string | null, on?: boolean) => void;
  onDelete: () => void;
}

/** One step's settings as a form, with the field errors the service (or the browser) gave, under their field. */
export function StepForm(props: StepFormProps) {
  const { t } = useTranslation();
  const { step, errors } = props;
  const info = stepType(step.type);
  const [id, setId] = useState(step.id);
  useEffect(() => setId(step.id), [step.id]);
  const stepLevel = Object.entries(errors ?? {}).filter(([name]) => !name.startsWith('settings.') && name !== 'id')
    .map(([name, message]) => (name ? `${name}: ${message}` : message));
  return (
    <form aria-label={t('workflows.stepForm', { id: step.id })} noValidate onSubmit={(e) => e.preventDefault()}>
      <h2 className="mb-2 text-lg font-semibold">{t(`workflows.types.${step.type}`, { defaultValue: step.type })}</h2>
      {stepLevel.length > 0 && (
        <ul role="alert" className="mb-3 rounded-md border border-red-700 bg-red-50 p-2 text-sm text-red-900">
          {stepLevel.map((m) => <li key={m}>{m}</li>)}
        </ul>
      )}
      <Field label={t('workflows.stepId')} value={id} onChange={(e) => setId(e.target.value)}
        onBlur={() => id !== step.id && props.onRename(id)} error={errors?.id} hint={t('workflows.stepIdHint')} />
      {info?.fields.map((f) => <SettingInput key={f.path} field={f} {...props} />)}
      {info && info.handles.length > 0 && (
        <fieldset className="mb-4 rounded-md border border-slate-300 p-3">
          <legend className="px-1 font-semibold">{t('workflows.whereNext')}</legend>
          {info.handles.map((handle) => handle === 'branch'
            ? <BranchPicker key={handle} {...props} />
            : <SelectField key={handle} label={t(`workflows.edges.${handle}`)} value={props.targets[handle]?.[0] ?? ''}
                error={handle === 'body' ? settingError(errors, 'body') : errors?.[handle]}
                onChange={(e) => props.onConnect(handle, e.target.value || null)}
                options={[{ value: '', label: t('workflows.endsHere') }, ...props.otherSteps.map((s) => ({ value: s, label: s }))]} />)}
        </fieldset>
      )}
      {props.run && <StepRunDetails run={props.run} />}
      <Button variant="danger" onClick={props.onDelete}>{t('workflows.deleteStep')}</Button>
    </form>
  );
}

function BranchPicker(props: StepFormProps) {
  const { t } = useTranslation();
  const chosen = props.targets.branch ?? [];
  return (
    <fieldset className="mb-3">
      <legend className="text-sm font-medium">{t('workflows.edges.branch')}</legend>
      {props.otherSteps.map((s) => (
        <label key={s} className="flex min-h-11 items-center gap-2">
          <input type="checkbox" checked={chosen.includes(s)} onChange={(e) => props.onConnect('branch', s, e.target.checked)} /> {s}
        </label>
      ))}
      {settingError(props.errors, 'branches') && <p className="text-sm font-medium text-red-800">{settingError(props.errors, 'branches')}</p>}
    </fieldset>
  );
}

function SettingInput({ field, step, errors, connections, messageTemplates, variables, onChange }: StepFormProps & { field: SettingField }) {
  const { t } = useTranslation();
  const value = getPath(step.settings, field.path);
  const set = (v: unknown) => onChange({ ...step, settings: setPath(step.settings, field.path, v) });
  const label = t(`workflows.fields.${field.path.replace('.', '_')}`, { defaultValue: field.path }) + (field.required ? ' *' : '');
  const error = settingError(errors, field.path);
  const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  switch (field.kind) {
    case 'expression':
    case 'template': {
      const kind = field.kind === 'template' ? 'template' : field.exprKind ?? 'any';
      return (
        <>
          {field.kind === 'expression'
            ? <TextArea label={label} rows={2} dir="ltr" value={text} onChange={(v) => set(v)} error={error} />
            : <Field label={label} value={text} onChange={(e) => set(e.target.value)} error={error} />}
          <ExpressionHelper expression={text} kind={kind} paths={variables.paths} variables={variables.values}
            onPick={(path) => set(insertVariable(text, path, kind))} />
        </>
      );
    }
    case 'connection':
      return <SelectField label={label} value={text} error={error} onChange={(e) => set(e.target.value)}
        options={[{ value: '', label: connections.length ? t('workflows.chooseConnection') : t('workflows.noConnections') },
          ...connections.map((c) => ({ value: c.id, label: `${c.name} (${t(`channelKinds.${c.kind}`, { defaultValue: c.kind })}, ${c.mode === 'SANDBOX' ? t('workflows.sandbox') : t('workflows.live')})` }))]} />;
    case 'select':
      return <SelectField label={label} value={text} error={error} onChange={(e) => set(e.target.value)}
        options={[{ value: '', label: '—' }, ...(field.options ?? []).map((o) => ({ value: o, label: optionWords(t, field.path, o) }))]} />;
    case 'number':
      return <Field label={label} inputMode="numeric" value={text} error={error}
        onChange={(e) => set(e.target.value === '' ? undefined : /^\d+$/.test(e.target.value) ? Number(e.target.value) : e.target.value)} />;
    case 'boolean':
      return (
        <label className="mb-3 flex min-h-11 items-center gap-2">
          <input type="checkbox" checked={value === true} onChange={(e) => set(e.target.checked ? true : undefined)} /> {label}
        </label>
      );
    case 'lines':
      return <TextArea label={`${label} (${t('workflows.onePerLine')})`} rows={2} error={error}
        value={Array.isArray(value) ? value.join('\n') : ''}
        onChange={(v) => set(v.trim() === '' ? undefined : v.split('\n'))} />;
    case 'json':
      return <JsonInput label={label} value={value} error={error} onChange={set} />;
    case 'model':
      return <Field label={label} value={text} error={error} hint={t('workflows.noModels')} onChange={(e) => set(e.target.value)} />;
    case 'messageTemplate':
      return (
        <>
          <Field label={label} value={text} error={error} list="vlos-message-templates" onChange={(e) => set(e.target.value)}
            hint={messageTemplates.length ? t('workflows.templatesHint') : undefined} />
          <datalist id="vlos-message-templates">{messageTemplates.map((m) => <option key={m} value={m} />)}</datalist>
        </>
      );
    default:
      return <Field label={label} value={text} error={error} onChange={(e) => set(e.target.value)}
        hint={field.kind === 'duration' ? t('workflows.durationHint') : field.kind === 'localTime' ? t('workflows.localTimeHint') : undefined} />;
  }
}

/** A JSON object typed as text: kept as typed until it parses. */
function JsonInput({ label, value, error, onChange }: { label: string; value: unknown; error?: string; onChange: (v: unknown) => void }) {
  const { t } = useTranslation();
  const [raw, setRaw] = useState(value === undefined ? '' : JSON.stringify(value, null, 1));
  const [bad, setBad] = useState(false);
  return <TextArea label={`${label} (JSON)`} rows={3} dir="ltr" value={raw} error={bad ? t('workflows.notJson') : error}
    onChange={(v) => {
      setRaw(v);
      if (v.trim() === '') { setBad(false); onChange(undefined); return; }
      try { onChange(JSON.parse(v)); setBad(false); } catch { setBad(true); }
    }} />;
}
