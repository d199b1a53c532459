import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { BUSINESS, mockApi, renderAt } from '../test/render';
import { WorkflowsPage } from './Workflows';
import { WorkflowExecutionPage, WorkflowExecutionsPage } from './WorkflowExecutions';
import WorkflowBuilderPage, { TestPanel } from './WorkflowBuilder';
import { startTestRun } from '../api/workflows';
import { TaskDetailPage } from './Tasks';

afterEach(() => vi.unstubAllGlobals());

const WORKFLOW = { id: 'w-1', name: 'Website leads', status: 'ACTIVE', publishedVersion: 2, active: true,
  draft: { trigger: { type: 'event', event: 'lead.created' }, steps: [] }, createdAt: '2026-12-01T05:00:00Z', updatedAt: '2026-12-01T05:00:00Z' };
const TEMPLATES = [
  { id: 'lead-nurturing', name: 'Lead nurturing', description: 'A new lead gets a WhatsApp welcome at once.', placeholders: [], definition: {} },
  { id: 'weekly-content', name: 'Weekly content', description: 'Every Monday at 9 am…', placeholders: [], definition: {} },
];

describe('Workflows', () => {
  it('lists workflows with their switch and last run, and pauses one', async () => {
    await i18n.changeLanguage('en');
    let status = 'ACTIVE';
    const calls = mockApi({
      'GET /businesses': [BUSINESS],
      'GET /workflows': () => ({ body: [{ ...WORKFLOW, status }] }),
      'GET /workflow-executions': [{ id: 'e-1', workflowId: 'w-1', workflowName: 'Website leads', version: 2, status: 'WAITING',
        triggerType: 'event', startedAt: '2026-12-07T05:00:00Z' }],
      'GET /workflow-templates': TEMPLATES,
      'POST /workflows/w-1/pause': () => { status = 'PAUSED'; return { body: { ...WORKFLOW, status } }; },
    });
    renderAt('/workflows', '/workflows', <WorkflowsPage />);
    const item = (await screen.findByRole('link', { name: 'Website leads' })).closest('li')!;
    expect(within(item).getByText('Published: version 2 · On')).toBeTruthy();
    expect((await within(item).findByRole('link', { name: /Last run: Waiting/ })).getAttribute('href')).toBe('/workflows/executions/e-1');
    const toggle = within(item).getByRole('switch', { name: 'Workflow Website leads on' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    await userEvent.click(toggle);
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/workflows/w-1/pause')).toBe(true));
    await waitFor(() => expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(false));
    expect(screen.getByText('A new lead gets a WhatsApp welcome at once, and a follow-up after 24 hours if they have not replied.')).toBeTruthy();
  });

  it('in Hindi, names the templates in Hindi and copies one for the current business', async () => {
    await i18n.changeLanguage('hi');
    const calls = mockApi({
      'GET /businesses': [BUSINESS],
      'GET /workflows': [],
      'GET /workflow-executions': [],
      'GET /workflow-templates': TEMPLATES,
      'POST /workflow-templates/lead-nurturing/copy': { status: 201, body: { workflow: { ...WORKFLOW, id: 'w-2' }, errors: [] } },
    });
    renderAt('/workflows', '/workflows', <WorkflowsPage />);
    expect(await screen.findByText('लीड पोषण')).toBeTruthy();
    await waitFor(() => expect(calls.some((c) => c.path === '/businesses')).toBe(true));
    await userEvent.click(screen.getByRole('button', { name: 'टेम्पलेट लीड पोषण लें' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ businessId: 'b-1' }));
    await i18n.changeLanguage('en');
  });

  it('on a phone, the builder says to open it on a larger screen', async () => {
    await i18n.changeLanguage('en');
    mockApi({ 'GET /workflows/w-1': WORKFLOW });
    renderAt('/workflows/:workflowId', '/workflows/w-1', <WorkflowBuilderPage />);
    expect((await screen.findByText(/Open this workflow on a larger screen/)).getAttribute('role')).toBe('status');
    expect(screen.getByRole('link', { name: 'Executions' }).getAttribute('href')).toBe('/workflows/executions?workflowId=w-1');
  });
});

const EXECUTION = {
  id: 'e-1', workflowId: 'w-1', workflowName: 'Website leads', version: 2, status: 'WAITING', triggerType: 'event',
  startedAt: '2026-12-07T05:00:00Z', finishedAt: null,
  steps: [
    { stepKey: 'source', stepId: 'source', type: 'condition', status: 'SUCCEEDED', attempt: 1, edge: 'onTrue', input: { expression: "trigger.source == 'FORM'" },
      output: { result: true }, startedAt: '2026-12-07T05:00:00Z', finishedAt: '2026-12-07T05:00:00.012Z' },
    { stepKey: 'welcome', stepId: 'welcome', type: 'notification', status: 'SUCCEEDED', attempt: 1, edge: 'next', input: {},
      output: { deliveryId: 'd-1', status: 'SIMULATED' }, startedAt: '2026-12-07T05:00:00.020Z', finishedAt: '2026-12-07T05:00:00.300Z' },
    { stepKey: 'wait1', stepId: 'wait1', type: 'delay', status: 'WAITING', attempt: 1, edge: 'wait', output: { until: '2026-12-07T06:00:00Z' },
      waitUntil: '2026-12-07T06:00:00Z', startedAt: '2026-12-07T05:00:00.310Z' },
  ],
};

describe('Workflow executions', () => {
  it('lists executions with status, trigger, start and duration', async () => {
    await i18n.changeLanguage('en');
    mockApi({
      'GET /workflows': [WORKFLOW],
      'GET /workflow-executions': [{ ...EXECUTION, status: 'SUCCEEDED', finishedAt: '2026-12-07T05:00:01.500Z', steps: null },
        { ...EXECUTION, id: 'e-test', sandbox: true, steps: null }],
    });
    renderAt('/workflows/executions', '/workflows/executions', <WorkflowExecutionsPage />);
    const [item, test] = (await screen.findAllByRole('link', { name: 'Website leads' })).map((a) => a.closest('li')!);
    expect(item.textContent).toContain('Finished');
    expect(item.textContent).toContain('An event');
    expect(item.textContent).toContain('1.5 s');
    expect(item.textContent).not.toContain('Test run');
    expect(test.textContent).toContain('Test run');
  });

  it("shows one execution's steps as a list on a phone, with what would have been sent, and continues a delay", async () => {
    await i18n.changeLanguage('en');
    let current = EXECUTION;
    const calls = mockApi({
      'GET /workflow-executions/e-1': () => ({ body: current }),
      'POST /workflow-executions/e-1/delays/wait1/continue': () => {
        current = { ...EXECUTION, status: 'SUCCEEDED', steps: [...EXECUTION.steps.slice(0, 2), { ...EXECUTION.steps[2], status: 'SUCCEEDED', edge: 'next' }] };
        return { body: current };
      },
    });
    renderAt('/workflows/executions/:executionId', '/workflows/executions/e-1', <WorkflowExecutionPage />);
    const steps = within(await screen.findByRole('list', { name: 'Steps of this execution' })).getAllByRole('listitem');
    expect(steps).toHaveLength(3);
    expect(within(steps[0]).getByText(/Done · went on via If true/)).toBeTruthy();
    expect(within(steps[1]).getByText('Would have been sent (sandbox)')).toBeTruthy();
    expect(within(steps[2]).getByText(/Waiting/)).toBeTruthy();
    await userEvent.click(within(steps[2]).getByRole('button', { name: 'Continue now' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/workflow-executions/e-1/delays/wait1/continue')).toBe(true));
    expect((await screen.findAllByText('Finished')).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Continue now' })).toBeNull();
  });

  it('approves a waiting approval and completes the task that asked for it', async () => {
    await i18n.changeLanguage('en');
    const approval = { stepKey: 'ask', stepId: 'ask', type: 'approval', status: 'WAITING', attempt: 1, edge: 'wait',
      output: { question: 'Call Asha?', taskId: 't-9' }, startedAt: '2026-12-07T05:00:00Z' };
    const calls = mockApi({
      'GET /workflow-executions/e-1': { ...EXECUTION, steps: [approval] },
      'POST /workflow-executions/e-1/approvals/ask': { ...EXECUTION, status: 'SUCCEEDED', steps: [{ ...approval, status: 'SUCCEEDED', edge: 'onApprove' }] },
      'POST /manual-tasks/t-9/complete': { id: 't-9', status: 'DONE' },
    });
    renderAt('/workflows/executions/:executionId', '/workflows/executions/e-1', <WorkflowExecutionPage />);
    expect(await screen.findByText('Call Asha?')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(calls.find((c) => c.path === '/workflow-executions/e-1/approvals/ask')?.body).toEqual({ decision: 'approve' }));
    await waitFor(() => expect(calls.some((c) => c.path === '/manual-tasks/t-9/complete')).toBe(true));
  });
});

describe('approvals with the tasks', () => {
  it("a workflow's approval task is decided on the task itself, on a phone too", async () => {
    await i18n.changeLanguage('en');
    const task = { id: 't-9', businessId: 'b-1', title: 'Approve? Call Asha?', reason: 'Call Asha?', priority: 'HIGH', status: 'OPEN',
      estimatedMinutes: 5, guidanceKey: 'workflow-approval', createdAt: '2026-12-07T05:00:00Z',
      reference: 'workflow-approval:0b5f3c1e-7d2a-4a51-9a3e-3f1d2c4b5a69:ask', guidance: null };
    let status = 'OPEN';
    const calls = mockApi({
      'GET /manual-tasks/t-9': () => ({ body: { ...task, status } }),
      'POST /workflow-executions/0b5f3c1e-7d2a-4a51-9a3e-3f1d2c4b5a69/approvals/ask': { id: 'e-1', status: 'SUCCEEDED' },
      'POST /manual-tasks/t-9/complete': () => { status = 'DONE'; return { body: { ...task, status } }; },
    });
    renderAt('/tasks/:taskId', '/tasks/t-9', <TaskDetailPage />);
    await screen.findByRole('heading', { name: 'A workflow waits for your decision' });
    expect(screen.getByRole('link', { name: 'Open the execution' }).getAttribute('href'))
      .toBe('/workflows/executions/0b5f3c1e-7d2a-4a51-9a3e-3f1d2c4b5a69');
    await userEvent.type(screen.getByLabelText('Comment (optional)'), 'regular customer');
    await userEvent.click(screen.getByRole('button', { name: 'Reject' }));
    await waitFor(() => expect(calls.find((c) => c.path.endsWith('/approvals/ask'))?.body).toEqual({ decision: 'reject', comment: 'regular customer' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'A workflow waits for your decision' })).toBeNull());
    expect(calls.some((c) => c.path === '/manual-tasks/t-9/complete')).toBe(true);
  });
});

describe('codes in plain words', () => {
  const NO_SHOW = { id: 'ev-1', topic: 'appointment.no_show', payload: { name: 'Asha' }, createdAt: '2026-12-07T05:00:00Z' };

  async function readsInPlainWords(lng: string, words: { starts: string; noShow: string; edge: string }) {
    await i18n.changeLanguage(lng);
    mockApi({
      'GET /businesses': [BUSINESS], 'GET /workflows': [WORKFLOW], 'GET /workflow-templates': [], 'GET /workflow-events': [NO_SHOW],
      'GET /workflow-executions': [], 'GET /workflow-executions/e-1': { ...EXECUTION, status: 'SUCCEEDED' },
    });
    const list = renderAt('/workflows', '/workflows', <WorkflowsPage />);
    const starts = await screen.findByText(words.starts);
    expect(starts.getAttribute('title')).toBe('lead.created');
    list.unmount();

    const panel = renderAt('/t', '/t', <TestPanel trigger={{ type: 'event', event: 'appointment.no_show' }} payloadText="{}"
      setPayloadText={() => {}} canRun onRun={() => {}} busy={false} />);
    const event = await screen.findByRole('option', { name: new RegExp(`^${words.noShow} · `) });
    expect(event.textContent).not.toContain('appointment.no_show');
    panel.unmount();

    renderAt('/workflows/executions/:executionId', '/workflows/executions/e-1', <WorkflowExecutionPage />);
    const condition = await screen.findByTestId('run-source');
    expect(condition.textContent).toContain(words.edge);
    expect(condition.textContent).not.toContain('onTrue');
  }

  it('names the event that starts a workflow, recent events and the edge a step took, in English', async () => {
    await readsInPlainWords('en', { starts: 'Starts: A new lead', noShow: 'A customer did not come', edge: 'went on via If true' });
  });

  it('and in Hindi', async () => {
    await readsInPlainWords('hi', { starts: 'कब शुरू होता है: नई लीड', noShow: 'ग्राहक नहीं आया', edge: 'आगे बढ़ा: सही हो तो' });
    await i18n.changeLanguage('en');
  });
});

describe('test and watch', () => {
  it('says a test run sends nothing, and runs it in the sandbox', async () => {
    await i18n.changeLanguage('en');
    const urls: string[] = [];
    mockApi({ 'GET /workflow-events': [],
      'POST /workflows/w-1/run': (_init: RequestInit | undefined, url: string) => { urls.push(url); return { status: 202, body: { executionId: 'e-1' } }; } });
    renderAt('/t', '/t', <TestPanel trigger={{ type: 'manual' }} payloadText="{}" setPayloadText={() => {}} canRun
      onRun={() => { void startTestRun('w-1', { name: 'Asha' }); }} busy={false} />);
    expect(screen.getByText(/messages are only recorded as would have been sent, even on live connections/)).toBeTruthy();
    await userEvent.click(await screen.findByRole('button', { name: 'Run test' }));
    await waitFor(() => expect(urls).toEqual(['/workflows/w-1/run?sandbox=true']));
  });
});
