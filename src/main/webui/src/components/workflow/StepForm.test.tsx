import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import i18n from '../../i18n';
import { mockApi } from '../../test/render';
import type { FieldErrorView, StepDefinition } from '../../api/workflows';
import { StepForm, type StepFormProps } from './StepForm';
import { checkStep, errorsByStep } from '../../workflow/validate';

afterEach(() => vi.unstubAllGlobals());

const NO_VARIABLES = { paths: ['trigger'], values: { trigger: {}, steps: {}, business: {}, vars: {} } };

function props(step: StepDefinition, errors: FieldErrorView[], extra: Partial<StepFormProps> = {}): StepFormProps {
  return {
    step, errors: errorsByStep(errors).steps[step.id], otherSteps: ['ask', 'done'], targets: {}, connections: [
      { id: 'c-1', businessId: 'b-1', kind: 'WHATSAPP', name: 'Salon WhatsApp', platformIds: {}, credentialNames: [], mode: 'SANDBOX', status: 'OK', createdAt: '' },
    ], messageTemplates: ['lead_welcome'], variables: NO_VARIABLES,
    onChange: vi.fn(), onRename: vi.fn(), onConnect: vi.fn(), onDelete: vi.fn(), ...extra,
  };
}

describe('step forms', () => {
  it("shows the service's field errors on the step they name, under their field", async () => {
    await i18n.changeLanguage('en');
    mockApi({});
    const errors = [
      { field: 'steps[wait1].settings.duration', message: 'must be an ISO-8601 duration such as PT2H or P1D' },
      { field: 'steps[wait1].next', message: "leads to no step 'gone'" },
      { field: 'steps[alert].settings.connectionId', message: 'no such connection' },
    ];
    render(<StepForm {...props({ id: 'wait1', type: 'delay', settings: { duration: 'two hours' } }, errors)} />);
    const form = screen.getByRole('form', { name: 'Step wait1' });
    const duration = within(form).getByLabelText('Wait for');
    expect(duration.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText('must be an ISO-8601 duration such as PT2H or P1D')).toBeTruthy();
    expect(within(form).getByRole('alert').textContent).toContain("next: leads to no step 'gone'");
    expect(within(form).queryByText('no such connection')).toBeNull();
  });

  it('checks a step in the browser before saving, with the names the service uses', async () => {
    await i18n.changeLanguage('en');
    mockApi({});
    const step: StepDefinition = { id: 'alert', type: 'notification', settings: { to: '' } };
    const found = checkStep(step);
    expect(found.map((e) => e.field)).toEqual(['steps[alert].settings.connectionId', 'steps[alert].settings.to', 'steps[alert].settings.text']);
    expect(checkStep({ id: 'w', type: 'delay', settings: { duration: 'PT1H', until: '09:00' } }).map((e) => e.message))
      .toEqual(['give exactly one of duration, until or untilExpression']);
    expect(checkStep({ id: 'w', type: 'delay', settings: { duration: 'soon' } })[0].field).toBe('steps[w].settings.duration');
    expect(checkStep({ id: 'l', type: 'loop', settings: { items: '[1]', maxItems: 5000 } })[0])
      .toEqual({ field: 'steps[l].settings.maxItems', message: 'must be a whole number from 1 to 1000' });
    expect(checkStep({ id: '1bad', type: 'script', settings: { expression: 'x' } })[0].field).toBe('steps[1bad].id');

    render(<StepForm {...props(step, found)} />);
    const form = screen.getByRole('form', { name: 'Step alert' });
    expect(within(form).getByLabelText('Connection *').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getAllByText('is required')).toHaveLength(2);
  });

  it('edits settings, nested template fields and edges through the form', async () => {
    await i18n.changeLanguage('en');
    mockApi({});
    const onConnect = vi.fn();
    let latest: StepDefinition | null = null;
    function Harness() {
      const [step, setStep] = useState<StepDefinition>({ id: 'alert', type: 'notification', settings: {} });
      return <StepForm {...props(step, [], { onConnect, onChange: (s) => { latest = s; setStep(s); } })} />;
    }
    render(<Harness />);
    await userEvent.selectOptions(screen.getByLabelText('Connection *'), 'c-1');
    await userEvent.type(screen.getByLabelText('WhatsApp template name'), 'lead_welcome');
    await userEvent.type(screen.getByLabelText('Template parameters (one per line)'), 'Asha');
    await userEvent.selectOptions(screen.getByLabelText('Next'), 'ask');
    expect(latest!.settings).toEqual({ connectionId: 'c-1', template: { name: 'lead_welcome', params: ['Asha'] } });
    expect(onConnect).toHaveBeenCalledWith('next', 'ask');
  });

  it('offers the choices of a setting in plain words, keeping the code as the value, in English and in Arabic', async () => {
    mockApi({});
    const onChange = vi.fn();
    for (const [lng, label, words] of [['en', 'Query *', ['Leads', 'Daily figures']], ['ar', 'الاستعلام *', ['العملاء المحتملون', 'الأرقام اليومية']]] as const) {
      await i18n.changeLanguage(lng);
      const { unmount } = render(<StepForm {...props({ id: 'find', type: 'dataQuery', settings: {} }, [], { onChange })} />);
      const query = screen.getByLabelText(label) as HTMLSelectElement;
      const options = within(query).getAllByRole('option');
      expect(options.map((o) => o.textContent)).toEqual(expect.arrayContaining([...words]));
      expect(options.map((o) => o.textContent)).not.toContain('leads');
      await userEvent.selectOptions(query, words[1]);
      expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ settings: { query: 'metrics' } }));
      unmount();
    }
    await i18n.changeLanguage('en');
  });
});
