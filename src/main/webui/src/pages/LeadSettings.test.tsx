import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { mockApi, renderAt } from '../test/render';
import { FollowUpsForm, LeadRulesForm } from './LeadSettings';

afterEach(() => vi.unstubAllGlobals());

const RULES = { defaults: true, rules: [{ label: 'urgent', source: null, keywords: ['today', 'आज'], fromHour: null, toHour: null,
  minValueMinor: null, priority: 'HIGH', reason: 'The message asks for something soon' }] };
const STEPS = { defaults: true, steps: [{ delayHours: 24, channel: null, templateName: 'lead_follow_up', textKey: 'follow_up', text: null }] };

describe('Lead rules', () => {
  it('checks a new rule in the browser, then sends all rules with keywords, hours and value', async () => {
    await i18n.changeLanguage('en');
    const calls = mockApi({
      'GET /businesses/b-1/lead-rules': RULES,
      'PUT /businesses/b-1/lead-rules': (init) => ({ body: { defaults: false, rules: JSON.parse(String(init?.body)).rules } }),
    });
    renderAt('/', '/', <LeadRulesForm businessId="b-1" />);
    expect(await screen.findByDisplayValue('today, आज')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Add a rule' }));
    const rule2 = screen.getByRole('group', { name: 'Rule 2' });
    await userEvent.type(within(rule2).getByLabelText('From hour'), '21');
    await userEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    expect(within(rule2).getAllByText('Fill this in.')).toHaveLength(2); // label and reason
    expect(within(rule2).getByText('Give both hours, or neither.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await userEvent.type(within(rule2).getByLabelText('Label'), 'late');
    await userEvent.type(within(rule2).getByLabelText('To hour'), '6');
    await userEvent.type(within(rule2).getByLabelText('Words in the message'), 'wedding, शादी ');
    await userEvent.type(within(rule2).getByLabelText('Value at least (₹)'), '2,500');
    await userEvent.selectOptions(within(rule2).getByLabelText('Priority'), 'HIGH');
    await userEvent.type(within(rule2).getByLabelText('Why (shown on the lead)'), 'Night enquiries are urgent');
    await userEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    await screen.findByText('Saved.');
    const put = calls.find((c) => c.method === 'PUT')!;
    expect((put.body as { rules: unknown[] }).rules[1]).toEqual({ label: 'late', source: null, keywords: ['wedding', 'शादी'],
      fromHour: 21, toHour: 6, minValueMinor: 250000, priority: 'HIGH', reason: 'Night enquiries are urgent' });
  });

  it('shows the service refusing a field under that field of that rule', async () => {
    await i18n.changeLanguage('en');
    mockApi({
      'GET /businesses/b-1/lead-rules': RULES,
      'PUT /businesses/b-1/lead-rules': () => ({ status: 400, body: { status: 400, title: 'Bad Request', detail: 'Invalid fields',
        errors: [{ field: 'rules[0].reason', message: 'size must be between 0 and 300' }] } }),
    });
    renderAt('/', '/', <LeadRulesForm businessId="b-1" />);
    await screen.findByDisplayValue('urgent');
    await userEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    const rule1 = screen.getByRole('group', { name: 'Rule 1' });
    expect(await within(rule1).findByText('size must be between 0 and 300')).toBeTruthy();
    expect(within(rule1).getByLabelText('Why (shown on the lead)').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('Follow-up sequence', () => {
  it('refuses a delay out of range and a bad template name, then saves the steps', async () => {
    await i18n.changeLanguage('en');
    const calls = mockApi({
      'GET /businesses/b-1/lead-follow-ups': STEPS,
      'PUT /businesses/b-1/lead-follow-ups': (init) => ({ body: { defaults: false, steps: JSON.parse(String(init?.body)).steps } }),
    });
    renderAt('/', '/', <FollowUpsForm businessId="b-1" />);
    await screen.findByDisplayValue('lead_follow_up');
    await userEvent.click(screen.getByRole('button', { name: 'Add a follow-up' }));
    const step2 = screen.getByRole('group', { name: 'Follow-up 2' });
    const delay = within(step2).getByLabelText('After (hours)');
    await userEvent.clear(delay);
    await userEvent.type(delay, '3000');
    const template = within(step2).getByLabelText('WhatsApp template');
    await userEvent.clear(template);
    await userEvent.type(template, 'Last Call');
    await userEvent.click(screen.getByRole('button', { name: 'Save follow-ups' }));
    expect(within(step2).getByText('From 1 to 2160 hours (90 days).')).toBeTruthy();
    expect(within(step2).getByText('Only a-z, 0-9 and _, e.g. lead_follow_up.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await userEvent.clear(delay);
    await userEvent.type(delay, '72');
    await userEvent.clear(template);
    await userEvent.type(template, 'lead_last_follow_up');
    await userEvent.selectOptions(within(step2).getByLabelText('Channel'), 'SMS_TWILIO');
    await userEvent.type(within(step2).getByLabelText(/Your own text/), 'Hello {{name}, still keen?');
    await userEvent.click(screen.getByRole('button', { name: 'Save follow-ups' }));
    await screen.findByText('Saved.');
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({ steps: [
      { delayHours: 24, channel: null, templateName: 'lead_follow_up', textKey: 'follow_up', text: null },
      { delayHours: 72, channel: 'SMS_TWILIO', templateName: 'lead_last_follow_up', textKey: null, text: 'Hello {name}, still keen?' },
    ] });
  });
});
