import type { StepDefinition, TriggerDefinition, WorkflowDefinition } from '../api/workflows';
import { stepType, type Handle } from './stepTypes';

/** The canvas as plain data (the shape @xyflow/react draws): a trigger node, one node per step, the edges. */
export const TRIGGER_NODE = '__trigger';

export interface StepNodeData extends Record<string, unknown> {
  step?: StepDefinition;
  trigger?: TriggerDefinition;
}

export interface GraphNode {
  id: string;
  type: 'trigger' | 'step';
  position: { x: number; y: number };
  data: StepNodeData;
}

export interface GraphEdge {
  id: string;
  source: string;
  sourceHandle: Handle | 'start';
  target: string;
  label?: string;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const EDGE_FIELDS = ['next', 'onTrue', 'onFalse', 'onError', 'onApprove', 'onReject', 'onTimeout'] as const;

export function edgeId(source: string, handle: string, target: string) {
  return `${source}:${handle}:${target}`;
}

/** A definition as nodes and edges; branches and a loop's body become edges, not settings. */
export function definitionToGraph(definition: WorkflowDefinition): Graph {
  const steps = definition.steps ?? [];
  const nodes: GraphNode[] = [{ id: TRIGGER_NODE, type: 'trigger', position: { x: 0, y: 0 },
    data: { trigger: definition.trigger ?? { type: 'manual' } } }];
  const edges: GraphEdge[] = [];
  if (steps.length > 0) edges.push({ id: edgeId(TRIGGER_NODE, 'start', steps[0].id), source: TRIGGER_NODE, sourceHandle: 'start', target: steps[0].id });
  for (const step of steps) {
    const settings = { ...(step.settings ?? {}) };
    const branches = step.type === 'parallel' && Array.isArray(settings.branches) ? settings.branches as string[] : [];
    const body = step.type === 'loop' && typeof settings.body === 'string' ? settings.body : null;
    if (step.type === 'parallel') delete settings.branches;
    if (step.type === 'loop') delete settings.body;
    nodes.push({ id: step.id, type: 'step', position: { x: 0, y: 0 },
      data: { step: { id: step.id, type: step.type, settings } } });
    for (const field of EDGE_FIELDS) {
      const target = step[field];
      if (target) edges.push({ id: edgeId(step.id, field, target), source: step.id, sourceHandle: field, target, label: field });
    }
    branches.forEach((target) => edges.push({ id: edgeId(step.id, 'branch', target), source: step.id, sourceHandle: 'branch', target, label: 'branch' }));
    if (body) edges.push({ id: edgeId(step.id, 'body', body), source: step.id, sourceHandle: 'body', target: body, label: 'body' });
  }
  return layout({ nodes, edges });
}

/** The nodes and edges as the definition the API accepts: the trigger's target first, then in path order. */
export function graphToDefinition(graph: Graph, extra: Pick<WorkflowDefinition, 'inputSchema' | 'output'> = {}): WorkflowDefinition {
  const triggerNode = graph.nodes.find((n) => n.type === 'trigger');
  const stepNodes = graph.nodes.filter((n) => n.type === 'step' && n.data.step);
  const steps = new Map<string, StepDefinition>();
  for (const node of stepNodes) {
    const s = node.data.step!;
    steps.set(node.id, { id: node.id, type: s.type, settings: { ...(s.settings ?? {}) } });
  }
  for (const edge of graph.edges) {
    const step = steps.get(edge.source);
    if (!step || !steps.has(edge.target)) continue;
    if (edge.sourceHandle === 'branch') {
      const branches = (step.settings!.branches as string[] | undefined) ?? [];
      step.settings!.branches = [...branches, edge.target];
    } else if (edge.sourceHandle === 'body') {
      step.settings!.body = edge.target;
    } else if (edge.sourceHandle !== 'start') {
      step[edge.sourceHandle] = edge.target;
    }
  }
  const first = graph.edges.find((e) => e.source === TRIGGER_NODE)?.target;
  const order = pathOrder(first && steps.has(first) ? first : stepNodes[0]?.id, graph.edges, stepNodes.map((n) => n.id));
  const definition: WorkflowDefinition = {
    trigger: triggerNode?.data.trigger ?? { type: 'manual' },
    steps: order.map((id) => steps.get(id)!),
  };
  if (extra.inputSchema) definition.inputSchema = extra.inputSchema;
  if (extra.output) definition.output = extra.output;
  return definition;
}

/** Breadth first from the first step, then any step it does not reach, in the order they were added. */
function pathOrder(first: string | undefined, edges: GraphEdge[], all: string[]): string[] {
  const order: string[] = [];
  const queue = first ? [first] : [];
  while (queue.length) {
    const id = queue.shift()!;
    if (order.includes(id) || !all.includes(id)) continue;
    order.push(id);
    edges.filter((e) => e.source === id).forEach((e) => queue.push(e.target));
  }
  return [...order, ...all.filter((id) => !order.includes(id))];
}

const X_GAP = 250;
const Y_GAP = 140;

/** A simple layered layout, top to bottom: each node one layer below its deepest predecessor (back edges ignored). */
export function layout(graph: Graph): Graph {
  const depth = new Map<string, number>();
  const outgoing = (id: string) => graph.edges.filter((e) => e.source === id);
  const visit = (id: string, d: number, path: Set<string>) => {
    if (path.has(id) || (depth.get(id) ?? -1) >= d) return;
    depth.set(id, d);
    path.add(id);
    outgoing(id).forEach((e) => visit(e.target, d + 1, path));
    path.delete(id);
  };
  visit(TRIGGER_NODE, 0, new Set());
  const maxDepth = Math.max(0, ...depth.values());
  graph.nodes.filter((n) => !depth.has(n.id)).forEach((n) => depth.set(n.id, maxDepth + 1));
  const layers = new Map<number, string[]>();
  graph.nodes.forEach((n) => layers.set(depth.get(n.id)!, [...(layers.get(depth.get(n.id)!) ?? []), n.id]));
  const positions = new Map<string, { x: number; y: number }>();
  layers.forEach((ids, d) => ids.forEach((id, i) => positions.set(id, { x: (i - (ids.length - 1) / 2) * X_GAP, y: d * Y_GAP })));
  return { nodes: graph.nodes.map((n) => ({ ...n, position: positions.get(n.id)! })), edges: graph.edges };
}

/** The handles a node offers (the trigger: where the workflow starts). */
export function handlesOf(node: GraphNode): (Handle | 'start')[] {
  if (node.type === 'trigger') return ['start'];
  return stepType(node.data.step!.type)?.handles ?? ['next'];
}

/** Handles that lead to several steps (a parallel step's branches); every other handle leads to one. */
export function isMulti(handle: string) {
  return handle === 'branch';
}

/** Connects source's handle to target: a single edge replaces the one it had. */
export function connect(graph: Graph, source: string, handle: Handle | 'start', target: string): Graph {
  if (source === target) return graph;
  const kept = graph.edges.filter((e) => !(e.source === source && e.sourceHandle === handle && (!isMulti(handle) || e.target === target)));
  return { ...graph, edges: [...kept, { id: edgeId(source, handle, target), source, sourceHandle: handle, target, label: handle === 'start' ? undefined : handle }] };
}

export function disconnect(graph: Graph, source: string, handle: string, target?: string): Graph {
  return { ...graph, edges: graph.edges.filter((e) => !(e.source === source && e.sourceHandle === handle && (target === undefined || e.target === target))) };
}

export function removeNode(graph: Graph, id: string): Graph {
  return { nodes: graph.nodes.filter((n) => n.id !== id), edges: graph.edges.filter((e) => e.source !== id && e.target !== id) };
}

/** Renames a step: its node and every edge to or from it. */
export function renameNode(graph: Graph, from: string, to: string): Graph {
  const swap = (id: string) => (id === from ? to : id);
  return {
    nodes: graph.nodes.map((n) => n.id === from ? { ...n, id: to, data: { ...n.data, step: { ...n.data.step!, id: to } } } : n),
    edges: graph.edges.map((e) => ({ ...e, source: swap(e.source), target: swap(e.target), id: edgeId(swap(e.source), e.sourceHandle, swap(e.target)) })),
  };
}

/** A fresh id for a new step of a type: the type and the next free number ("delay2"). */
export function newStepId(graph: Graph, type: string): string {
  for (let i = 1; ; i++) {
    const id = `${type}${i}`;
    if (!graph.nodes.some((n) => n.id === id)) return id;
  }
}

/** Every step before this one on some path from the trigger (their outputs are known when it runs). */
export function stepsBefore(graph: Graph, id: string): string[] {
  const incoming = (target: string) => graph.edges.filter((e) => e.target === target).map((e) => e.source);
  const seen = new Set<string>();
  const todo = incoming(id);
  while (todo.length) {
    const s = todo.pop()!;
    if (seen.has(s) || s === TRIGGER_NODE || s === id) continue;
    seen.add(s);
    todo.push(...incoming(s));
  }
  const order = graph.nodes.map((n) => n.id);
  return [...seen].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
