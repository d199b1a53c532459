import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import i18n from '../../i18n';
import { mockApi } from '../../test/render';
import { definitionToGraph } from '../../workflow/graph';
import { variablesAt } from '../../workflow/variables';
import { ExpressionHelper, insertVariable } from './ExpressionHelper';

afterEach(() => vi.unstubAllGlobals());

const GRAPH = definitionToGraph({ trigger: { type: 'event', event: 'lead.created' }, steps: [
  { id: 'score', type: 'script', settings: { expression: "{'points': 7}" }, next: 'hot' },
  { id: 'hot', type: 'condition', settings: { expression: 'vars.points > 5' }, onTrue: 'alert' },
  { id: 'alert', type: 'notification', settings: { connectionId: 'c-1', to: '+91', text: 'Hi' } },
] });
const PAYLOAD = { name: 'Asha', source: 'FORM', address: { city: 'Pune' } };

describe('the expression helper', () => {
  it('offers the trigger fields, the outputs of the steps before this one, business and now', () => {
    const at = variablesAt(GRAPH, 'hot', PAYLOAD, { score: { points: 7 } }, { name: 'Asha Salon' });
    expect(at.paths).toEqual(['trigger', 'trigger.name', 'trigger.source', 'trigger.address', 'trigger.address.city',
      'steps.score.output', 'steps.score.output.points', 'business.name', 'vars.points', 'now']);
    expect(at.values.steps).toEqual({ score: { output: { points: 7 } } });
    // a step after this one is not offered
    expect(variablesAt(GRAPH, 'score', PAYLOAD, {}, {}).paths.some((p) => p.startsWith('steps.'))).toBe(false);
    expect(variablesAt(GRAPH, 'alert', PAYLOAD, {}, {}).paths).toContain('steps.hot.output');
    expect(insertVariable('', 'trigger.name', 'template')).toBe('{{trigger.name}}');
    expect(insertVariable("trigger.source == 'FORM' &&", 'vars.points', 'bool')).toBe("trigger.source == 'FORM' && vars.points");
  });

  it('shows the result on the test payload as one types, and a picked variable goes in', async () => {
    await i18n.changeLanguage('en');
    const calls = mockApi({
      'POST /workflow-expressions/evaluate': (init) => {
        const body = JSON.parse(String(init?.body));
        return { body: body.expression === "trigger.source == 'FORM'" ? { valid: true, value: true } : { valid: true, value: body.expression } };
      },
    });
    const at = variablesAt(GRAPH, 'hot', PAYLOAD, {}, {});
    function Harness() {
      const [value, setValue] = useState('');
      return (
        <>
          <label>Expression<input value={value} onChange={(e) => setValue(e.target.value)} /></label>
          <ExpressionHelper expression={value} kind="bool" paths={at.paths} variables={at.values} onPick={(p) => setValue(insertVariable(value, p, 'bool'))} />
        </>
      );
    }
    render(<Harness />);
    await userEvent.click(screen.getByText('Variables you can use here'));
    await userEvent.click(within(screen.getByRole('list', { name: 'Variables you can use here' })).getByRole('button', { name: 'trigger.source' }));
    expect((screen.getByLabelText('Expression') as HTMLInputElement).value).toBe('trigger.source');
    await userEvent.type(screen.getByLabelText('Expression'), " == 'FORM'");
    expect((await screen.findByTestId('expression-result')).textContent).toBe('true');
    const last = calls.filter((c) => c.path === '/workflow-expressions/evaluate').at(-1)!;
    expect(last.body).toEqual({ expression: "trigger.source == 'FORM'", kind: 'bool', variables: at.values });
    expect((last.body as { variables: { trigger: unknown } }).variables.trigger).toEqual(PAYLOAD);
  });

  it("shows CEL's error: one that does not type-check, and one that fails on the payload", async () => {
    await i18n.changeLanguage('en');
    mockApi({
      'POST /workflow-expressions/evaluate': (init) => JSON.parse(String(init?.body)).expression === 'trigger.source > 5'
        ? { body: { valid: false, stage: 'check', error: "found no matching overload for '_>_' applied to '(string, int)'" } }
        : { body: { valid: false, stage: 'evaluate', error: "'trigger.budget > 5' failed: key 'budget' is not present in map." } },
    });
    const at = variablesAt(GRAPH, 'hot', PAYLOAD, {}, {});
    const { rerender } = render(<ExpressionHelper expression="trigger.source > 5" kind="bool" paths={at.paths} variables={at.values} onPick={() => {}} />);
    expect((await screen.findByTestId('expression-error')).textContent)
      .toBe("Not a valid expression: found no matching overload for '_>_' applied to '(string, int)'");
    rerender(<ExpressionHelper expression="trigger.budget > 5" kind="bool" paths={at.paths} variables={at.values} onPick={() => {}} />);
    await waitFor(() => expect(screen.getByTestId('expression-error').textContent).toContain('Fails on the test payload:'));
  });
});
