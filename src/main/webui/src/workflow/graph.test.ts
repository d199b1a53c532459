import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from '../api/workflows';
import {
  TRIGGER_NODE, connect, definitionToGraph, disconnect, graphToDefinition, newStepId, removeNode, renameNode, stepsBefore,
  type Graph,
} from './graph';

function add(graph: Graph, type: string, settings: Record<string, unknown>): [Graph, string] {
  const id = newStepId(graph, type);
  return [{ ...graph, nodes: [...graph.nodes, { id, type: 'step', position: { x: 0, y: 0 }, data: { step: { id, type, settings } } }] }, id];
}

describe('graph <-> definition', () => {
  it('a graph built from the palette serialises to the definition the API accepts', () => {
    let g = definitionToGraph({ trigger: { type: 'event', event: 'lead.created' }, steps: [] });
    let source: string, message: string, wait: string, ask: string;
    [g, source] = add(g, 'condition', { expression: "trigger.source == 'FORM'" });
    [g, message] = add(g, 'notification', { connectionId: 'c-1', to: '{{trigger.phone}}', template: { name: 'lead_welcome', language: 'en' } });
    [g, wait] = add(g, 'delay', { duration: 'PT1H' });
    [g, ask] = add(g, 'approval', { question: 'Call {{trigger.name}}?' });
    g = connect(g, TRIGGER_NODE, 'start', source);
    g = connect(g, source, 'onTrue', message);
    g = connect(g, message, 'next', wait);
    g = connect(g, wait, 'next', ask);
    g = connect(g, source, 'onFalse', ask);
    g = connect(g, source, 'onFalse', wait); // a single edge: replaces the one before

    expect(graphToDefinition(g)).toEqual({
      trigger: { type: 'event', event: 'lead.created' },
      steps: [
        { id: 'condition1', type: 'condition', settings: { expression: "trigger.source == 'FORM'" }, onTrue: 'notification1', onFalse: 'delay1' },
        { id: 'notification1', type: 'notification', settings: { connectionId: 'c-1', to: '{{trigger.phone}}', template: { name: 'lead_welcome', language: 'en' } }, next: 'delay1' },
        { id: 'delay1', type: 'delay', settings: { duration: 'PT1H' }, next: 'approval1' },
        { id: 'approval1', type: 'approval', settings: { question: 'Call {{trigger.name}}?' } },
      ],
    } satisfies WorkflowDefinition);
  });

  it('a definition loads into the graph and back unchanged, branches and loop bodies as edges', () => {
    const definition: WorkflowDefinition = {
      trigger: { type: 'manual' },
      steps: [
        { id: 'fan', type: 'parallel', settings: { branches: ['sms', 'mail'] }, next: 'each' },
        { id: 'sms', type: 'notification', settings: { connectionId: 'c-1', to: '+919812345678', text: 'Hi' }, onError: 'oops' },
        { id: 'mail', type: 'notification', settings: { connectionId: 'c-2', to: 'a@b.in', text: 'Hi', subject: 'Hello' } },
        { id: 'each', type: 'loop', settings: { items: '[1, 2]', body: 'send', maxItems: 5 } },
        { id: 'oops', type: 'script', settings: { expression: "{'failed': true}" } },
        { id: 'send', type: 'script', settings: { expression: "{'n': vars.item}" } },
      ],
      output: 'vars',
    };
    const g = definitionToGraph(definition);
    expect(g.nodes.find((n) => n.id === 'fan')!.data.step!.settings).toEqual({});
    expect(g.edges.filter((e) => e.source === 'fan').map((e) => `${e.sourceHandle}->${e.target}`))
      .toEqual(['next->each', 'branch->sms', 'branch->mail']);
    expect(g.edges.find((e) => e.source === 'each')).toMatchObject({ sourceHandle: 'body', target: 'send' });
    // layered: the trigger on top, each step below the steps that lead to it
    const y = (id: string) => g.nodes.find((n) => n.id === id)!.position.y;
    expect(y(TRIGGER_NODE)).toBeLessThan(y('fan'));
    expect(y('fan')).toBeLessThan(y('sms'));
    expect(y('sms')).toBeLessThan(y('oops'));

    const back = graphToDefinition(g, { output: 'vars' });
    expect(new Set(back.steps!.map((s) => s.id))).toEqual(new Set(definition.steps!.map((s) => s.id)));
    expect(back.steps![0].id).toBe('fan');
    for (const step of definition.steps!) expect(back.steps!.find((s) => s.id === step.id)).toEqual(step);
    expect(back.output).toBe('vars');
  });

  it('deleting, disconnecting and renaming keep the edges consistent', () => {
    let g = definitionToGraph({ trigger: { type: 'manual' }, steps: [
      { id: 'a', type: 'script', settings: { expression: "{'x': 1}" }, next: 'b' },
      { id: 'b', type: 'delay', settings: { duration: 'PT1H' }, next: 'c' },
      { id: 'c', type: 'script', settings: { expression: "{'y': 2}" } },
    ] });
    expect(stepsBefore(g, 'c')).toEqual(['a', 'b']);
    g = renameNode(g, 'b', 'wait1');
    expect(graphToDefinition(g).steps!.map((s) => [s.id, s.next])).toEqual([['a', 'wait1'], ['wait1', 'c'], ['c', undefined]]);
    g = disconnect(g, 'wait1', 'next');
    expect(graphToDefinition(g).steps!.find((s) => s.id === 'wait1')!.next).toBeUndefined();
    g = removeNode(g, 'a');
    expect(g.edges.some((e) => e.source === 'a' || e.target === 'a')).toBe(false);
    expect(graphToDefinition(g).steps!.map((s) => s.id)).toEqual(['wait1', 'c']);
  });
});
