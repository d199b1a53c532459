import type { WorkflowDefinition } from '../api/workflows';

export interface Comparison {
  added: string[];
  removed: string[];
  changed: string[];
  triggerChanged: boolean;
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object).sort().filter((k) => (value as Record<string, unknown>)[k] !== null && (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Which steps the draft added, removed or changed against the published version, by step id. */
export function compareDefinitions(draft: WorkflowDefinition, published: WorkflowDefinition): Comparison {
  const before = new Map((published.steps ?? []).map((s) => [s.id, s]));
  const after = new Map((draft.steps ?? []).map((s) => [s.id, s]));
  return {
    added: [...after.keys()].filter((id) => !before.has(id)),
    removed: [...before.keys()].filter((id) => !after.has(id)),
    changed: [...after.keys()].filter((id) => before.has(id) && stable(before.get(id)) !== stable(after.get(id))),
    triggerChanged: stable(draft.trigger) !== stable(published.trigger),
  };
}
