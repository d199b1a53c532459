import type { FieldErrorView, StepDefinition, TriggerDefinition } from '../api/workflows';
import { getPath, stepType } from './stepTypes';

const DURATION = /^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;
const STEP_ID = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;

/**
 * What the browser can check before a save, named as the service names it ("steps[wait1].settings.duration"); the
 * service checks everything again (expressions, connections, the graph) and its errors are shown the same way.
 */
export function checkStep(step: StepDefinition): FieldErrorView[] {
  const errors: FieldErrorView[] = [];
  const field = (name: string) => `steps[${step.id}].${name}`;
  if (!STEP_ID.test(step.id)) errors.push({ field: field('id'), message: 'must be 1-40 letters, digits, _ or -, starting with a letter' });
  const info = stepType(step.type);
  if (!info) return [...errors, { field: field('type'), message: 'is not a step type' }];
  const s = step.settings ?? {};
  for (const f of info.fields) {
    const value = getPath(s, f.path);
    const name = field(`settings.${f.path}`);
    const blank = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    if (f.required && blank) {
      errors.push({ field: name, message: 'is required' });
      continue;
    }
    if (blank) continue;
    if (f.kind === 'duration' && !DURATION.test(String(value))) errors.push({ field: name, message: 'must be an ISO-8601 duration such as PT2H or P1D' });
    if (f.kind === 'localTime' && !LOCAL_TIME.test(String(value))) errors.push({ field: name, message: 'must be a local time such as 09:00' });
    if (f.kind === 'number' && (!Number.isInteger(value) || (f.min !== undefined && (value as number) < f.min) || (f.max !== undefined && (value as number) > f.max))) {
      errors.push({ field: name, message: `must be a whole number from ${f.min} to ${f.max}` });
    }
  }
  if (step.type === 'delay') {
    const given = ['duration', 'until', 'untilExpression'].filter((k) => s[k] !== undefined && s[k] !== '').length;
    if (given !== 1) errors.push({ field: field('settings.duration'), message: 'give exactly one of duration, until or untilExpression' });
  }
  if (step.type === 'notification' && !getPath(s, 'template.name') && !s.text) {
    errors.push({ field: field('settings.text'), message: 'is required (or a WhatsApp template name)' });
  }
  return errors;
}

export function checkTrigger(trigger: TriggerDefinition): FieldErrorView[] {
  if ((trigger.type === 'event' || trigger.type === 'ai') && !trigger.event) return [{ field: 'trigger.event', message: 'is required' }];
  if (trigger.type === 'schedule' && !trigger.schedule?.trim()) return [{ field: 'trigger.schedule', message: 'is required' }];
  return [];
}

const STEP_FIELD = /^steps\[([^\]]+)\](?:\.(.*))?$/;

/** Field errors by the step they name ('' for the step itself, "settings.duration", "next"…); others under "". */
export function errorsByStep(errors: FieldErrorView[]): { steps: Record<string, Record<string, string>>; other: FieldErrorView[] } {
  const steps: Record<string, Record<string, string>> = {};
  const other: FieldErrorView[] = [];
  for (const e of errors) {
    const m = STEP_FIELD.exec(e.field);
    if (!m) {
      other.push(e);
      continue;
    }
    const [, id, rest = ''] = m;
    const forStep = (steps[id] ??= {});
    forStep[rest] = forStep[rest] ? `${forStep[rest]}; ${e.message}` : e.message;
  }
  return { steps, other };
}

/** The message for one settings field of a step, also for nested names ("template.params[0]" under "template.params"). */
export function settingError(stepErrors: Record<string, string> | undefined, path: string): string | undefined {
  if (!stepErrors) return undefined;
  const key = `settings.${path}`;
  const found = Object.entries(stepErrors).filter(([name]) => name === key || name.startsWith(`${key}.`) || name.startsWith(`${key}[`));
  return found.length ? found.map(([, m]) => m).join('; ') : undefined;
}
