/** The eleven step types as the builder shows them: their settings fields and the edges they may have. */

export type FieldKind = 'expression' | 'template' | 'text' | 'duration' | 'connection' | 'number' | 'boolean' |
  'select' | 'lines' | 'json' | 'model' | 'messageTemplate' | 'localTime';

export interface SettingField {
  /** The settings path, dots for nested objects ("template.name"): the API names errors the same way. */
  path: string;
  kind: FieldKind;
  required?: boolean;
  /** For expressions: what the engine checks it gives. */
  exprKind?: 'bool' | 'map' | 'any';
  options?: string[];
  min?: number;
  max?: number;
}

/** Source handles: the definition's edges, plus a parallel step's branches and a loop's body. */
export type Handle = 'next' | 'onTrue' | 'onFalse' | 'onError' | 'onApprove' | 'onReject' | 'onTimeout' | 'branch' | 'body';

export interface StepTypeInfo {
  type: string;
  fields: SettingField[];
  handles: Handle[];
}

const RETRY: SettingField[] = [
  { path: 'maxAttempts', kind: 'number', min: 1, max: 10 },
  { path: 'backoff', kind: 'duration' },
];

function info(type: string, fields: SettingField[], handles: Handle[]): StepTypeInfo {
  return { type, fields: [...fields, ...RETRY], handles };
}

export const STEP_TYPES: StepTypeInfo[] = [
  info('condition', [{ path: 'expression', kind: 'expression', exprKind: 'bool', required: true }], ['onTrue', 'onFalse', 'onError']),
  info('notification', [
    { path: 'connectionId', kind: 'connection', required: true },
    { path: 'to', kind: 'template', required: true },
    { path: 'template.name', kind: 'messageTemplate' },
    { path: 'template.language', kind: 'text' },
    { path: 'template.params', kind: 'lines' },
    { path: 'text', kind: 'template' },
    { path: 'subject', kind: 'template' },
    { path: 'urgent', kind: 'boolean' },
    { path: 'marketing', kind: 'boolean' },
  ], ['next', 'onError']),
  info('delay', [
    { path: 'duration', kind: 'duration' },
    { path: 'until', kind: 'localTime' },
    { path: 'untilExpression', kind: 'expression', exprKind: 'any' },
  ], ['next', 'onError']),
  info('approval', [
    { path: 'question', kind: 'template', required: true },
    { path: 'timeout', kind: 'duration' },
    { path: 'data', kind: 'json' },
  ], ['onApprove', 'onReject', 'onTimeout', 'next', 'onError']),
  info('script', [{ path: 'expression', kind: 'expression', exprKind: 'map', required: true }], ['next', 'onError']),
  info('dataQuery', [
    { path: 'query', kind: 'select', required: true, options: ['leads', 'contacts', 'posts', 'sales', 'reviews', 'appointments', 'payments', 'metrics'] },
    { path: 'filters', kind: 'json' },
    { path: 'limit', kind: 'number', min: 1, max: 500 },
  ], ['next', 'onError']),
  info('dataUpdate', [
    { path: 'record', kind: 'select', required: true, options: ['lead', 'appointment', 'contact'] },
    { path: 'id', kind: 'template', required: true },
    { path: 'status', kind: 'text' },
    { path: 'note', kind: 'template' },
    { path: 'addTags', kind: 'lines' },
    { path: 'removeTags', kind: 'lines' },
  ], ['next', 'onError']),
  info('externalApi', [
    { path: 'connectionId', kind: 'connection', required: true },
    { path: 'method', kind: 'select', options: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] },
    { path: 'url', kind: 'template', required: true },
    { path: 'headers', kind: 'json' },
    { path: 'body', kind: 'json' },
    { path: 'auth', kind: 'select', options: ['none', 'bearer', 'signature', 'header'] },
    { path: 'authHeader', kind: 'text' },
  ], ['next', 'onError']),
  info('parallel', [], ['branch', 'next', 'onError']),
  info('loop', [
    { path: 'items', kind: 'expression', exprKind: 'any', required: true },
    { path: 'maxItems', kind: 'number', min: 1, max: 1000 },
    { path: 'concurrency', kind: 'number', min: 1, max: 10 },
  ], ['body', 'next', 'onError']),
  info('aiPrediction', [
    { path: 'modelId', kind: 'model', required: true },
    { path: 'inputs', kind: 'json' },
  ], ['next', 'onError']),
];

export function stepType(type: string): StepTypeInfo | undefined {
  return STEP_TYPES.find((s) => s.type === type);
}

/** A value at a dotted settings path. */
export function getPath(settings: Record<string, unknown> | undefined, path: string): unknown {
  let value: unknown = settings;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** A copy of the settings with the value at a dotted path (undefined or '' removes it, and empty parents). */
export function setPath(settings: Record<string, unknown> | undefined, path: string, value: unknown): Record<string, unknown> {
  const parts = path.split('.');
  const copy: Record<string, unknown> = { ...(settings ?? {}) };
  if (parts.length === 1) {
    if (value === undefined || value === '') delete copy[path];
    else copy[path] = value;
    return copy;
  }
  const [head, ...rest] = parts;
  const child = typeof copy[head] === 'object' && copy[head] !== null ? copy[head] as Record<string, unknown> : {};
  const updated = setPath(child, rest.join('.'), value);
  if (Object.keys(updated).length === 0) delete copy[head];
  else copy[head] = updated;
  return copy;
}
