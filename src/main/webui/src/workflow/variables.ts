import type { Graph } from './graph';
import { stepsBefore } from './graph';

/** What an expression of a step can read, with the test payload as trigger and earlier steps' known outputs. */
export interface ExpressionVariables {
  trigger: Record<string, unknown>;
  steps: Record<string, { output: unknown }>;
  business: Record<string, unknown>;
  vars: Record<string, unknown>;
}

/** Paths of a value's fields, for picking ("trigger.name", "trigger.address.city"), at most a few levels deep. */
export function fieldPaths(prefix: string, value: unknown, depth = 3): string[] {
  if (depth === 0 || typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => {
    const path = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${prefix}.${key}` : `${prefix}['${key}']`;
    return [path, ...fieldPaths(path, v, depth - 1)];
  });
}

/**
 * The variables offered at a step: the trigger's fields from the test payload, steps.<id>.output of every step
 * before it (with their fields when a test run gave them), business fields, vars set by earlier script steps, now.
 */
export function variablesAt(graph: Graph, stepId: string | null, payload: Record<string, unknown>,
  outputs: Record<string, unknown>, business: Record<string, unknown>): { paths: string[]; values: ExpressionVariables } {
  const before = stepId ? stepsBefore(graph, stepId) : [];
  const steps: Record<string, { output: unknown }> = {};
  const vars: Record<string, unknown> = {};
  const paths = ['trigger', ...fieldPaths('trigger', payload)];
  for (const id of before) {
    steps[id] = { output: outputs[id] ?? null };
    paths.push(`steps.${id}.output`, ...fieldPaths(`steps.${id}.output`, outputs[id], 2));
    const node = graph.nodes.find((n) => n.id === id);
    if (node?.data.step?.type === 'script' && outputs[id] && typeof outputs[id] === 'object') {
      Object.assign(vars, outputs[id]);
    }
  }
  paths.push(...fieldPaths('business', business, 1), ...Object.keys(vars).map((k) => `vars.${k}`), 'now');
  return { paths, values: { trigger: payload, steps, business, vars } };
}
