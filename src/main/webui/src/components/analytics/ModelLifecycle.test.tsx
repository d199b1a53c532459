import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../../i18n';
import { mockApi, renderAt } from '../../test/render';
import type { AnalyticsModel } from '../../api/analytics';
import { ModelsPanel } from './ModelLifecycle';

afterEach(() => vi.unstubAllGlobals());

const KINDS = [
  { kind: 'FORECAST', algorithm: 'HOLT_WINTERS', targets: ['REVENUE', 'APPOINTMENTS'] },
  { kind: 'CLASSIFICATION', algorithm: 'LOGISTIC_REGRESSION', targets: ['CHURN'] },
  { kind: 'ANOMALY', algorithm: 'SEASONAL_MAD', targets: ['REVENUE', 'APPOINTMENTS', 'LEADS', 'DELIVERIES_FAILED'] },
];

const FORECAST_METRICS = { mae: 124000, holdoutDays: 14, baseline: { mae: 151200 } };

const model = (over: Partial<AnalyticsModel> = {}): AnalyticsModel => ({
  id: 'm1', businessId: 'b-1', name: 'revenue forecast', kind: 'FORECAST', algorithm: 'HOLT_WINTERS', target: 'REVENUE',
  status: 'DEPLOYED', deployedVersion: 2, latestVersion: null, deployedMetrics: FORECAST_METRICS, ...over,
});

const version = (number: number, status: string, over: object = {}) => ({
  number, status, reason: 'MANUAL', progress: status === 'TRAINED' ? 100 : 0, dataFrom: '2026-01-01', dataTo: '2026-03-01',
  rowCount: 60, metrics: status === 'TRAINED' ? FORECAST_METRICS : null, error: null, deployed: false,
  createdAt: '2026-03-02T06:00:00Z', finishedAt: null, ...over,
});

function show(models: AnalyticsModel[]) {
  renderAt('/', '/', <ModelsPanel models={models} businessId="b-1" currency="INR" />);
}

describe('Model lifecycle', () => {
  it('creates a model from the kinds and targets the API offers, and says a plan limit in plain words', async () => {
    await i18n.changeLanguage('en');
    let refused = false;
    const calls = mockApi({
      'GET /analytics/kinds': KINDS,
      'POST /analytics/models': () => (refused
        ? { status: 403, body: { status: 403, title: 'Plan limit reached', detail: 'The TRIAL plan allows 2 ai models', limit: 'ai_models', allowed: 2 } }
        : { status: 201, body: model({ id: 'm9', name: 'leads anomaly', kind: 'ANOMALY', target: 'LEADS', status: 'DRAFT', deployedVersion: null, deployedMetrics: null }) }),
      'GET /analytics/models/m9/versions': [],
    });
    show([]);
    await userEvent.click(screen.getByRole('button', { name: 'Add a model' }));
    await userEvent.selectOptions(await screen.findByLabelText('What should it do?'), 'Spot unusual days');
    const target = screen.getByLabelText('From which figures?');
    expect(within(target).getAllByRole('option').map((o) => o.textContent))
      .toEqual(['Revenue', 'Appointments', 'Leads', 'Failed messages']);
    await userEvent.selectOptions(target, 'Leads');
    expect(screen.getByLabelText('Name')).toHaveProperty('placeholder', 'leads anomaly');
    await userEvent.click(screen.getByRole('button', { name: 'Create the model' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body)
      .toEqual({ name: 'leads anomaly', kind: 'ANOMALY', target: 'LEADS', businessId: 'b-1' }));

    refused = true;
    await userEvent.click(await screen.findByRole('button', { name: 'Add a model' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Create the model' }));
    expect((await screen.findByRole('alert')).textContent)
      .toContain('Your plan allows 2 models in use. Retire one you no longer need, or choose a bigger plan.');
    expect(screen.getByRole('link', { name: 'See the plans' })).toHaveProperty('pathname', '/billing');
  });

  it('trains with live progress until the version is trained, tells its accuracy in words, deploys and rolls back', async () => {
    await i18n.changeLanguage('en');
    let polls = 0;
    const calls = mockApi({
      'POST /analytics/models/m1/train': version(3, 'QUEUED'),
      'GET /analytics/models/m1/versions': () => {
        polls++;
        const third = polls === 1 ? version(3, 'RUNNING', { progress: 40 })
          : version(3, 'TRAINED', { metrics: { mae: 124000, holdoutDays: 14, baseline: { mae: 105000 } } });
        return { body: [third, version(2, 'TRAINED', { deployed: true }), version(1, 'TRAINED')] };
      },
      'POST /analytics/models/m1/deploy': model({ deployedVersion: 1 }),
    });
    show([model()]);
    const item = screen.getByRole('listitem', { name: 'revenue forecast' });
    expect(within(item).getByText('Forecast · Revenue · In use · version 2 in use')).toBeTruthy();
    expect(within(item).getByText('On the last 14 days, which it had not seen, it was off by ₹1,240.00 a day on average, '
      + '18% better than repeating last week.')).toBeTruthy();

    await userEvent.click(within(item).getByRole('button', { name: 'Train a new version of revenue forecast' }));
    const running = await within(item).findByRole('progressbar', { name: 'Training progress of version 3' });
    expect(running).toHaveProperty('value', 40);
    expect(within(item).getByText('40% done')).toBeTruthy();

    const versions = within(within(item).getByRole('list', { name: 'Versions of revenue forecast' }));
    await waitFor(() => expect(versions.getByText(/18% worse than repeating last week/)).toBeTruthy(), { timeout: 5000 });
    expect(within(item).queryByRole('progressbar')).toBeNull();
    expect(versions.getByRole('button', { name: 'Use version 3' })).toBeTruthy();
    expect(versions.queryByRole('button', { name: 'Use version 2' })).toBeNull(); // the one in use
    await userEvent.click(versions.getByRole('button', { name: 'Roll back to version 1' }));
    await waitFor(() => expect(calls.find((c) => c.path === '/analytics/models/m1/deploy')?.body).toEqual({ version: 1 }));
  });

  it('shows a training already running when the page opens, and stops it', async () => {
    await i18n.changeLanguage('en');
    let cancelled = false;
    const calls = mockApi({
      'GET /analytics/models/m1/versions': () => ({ body: [cancelled ? version(1, 'CANCELLED') : version(1, 'RUNNING', { progress: 10 })] }),
      'POST /analytics/models/m1/versions/1/cancel': () => {
        cancelled = true;
        return { body: version(1, 'CANCELLED') };
      },
    });
    show([model({ status: 'TRAINING', deployedVersion: null, deployedMetrics: null, latestVersion: { ...version(1, 'RUNNING'), progress: 10 } })]);
    expect(await screen.findByRole('progressbar', { name: 'Training progress of version 1' })).toHaveProperty('value', 10);
    expect(screen.getByRole('button', { name: 'Train a new version of revenue forecast' })).toHaveProperty('disabled', true);
    await userEvent.click(screen.getByRole('button', { name: 'Stop training' }));
    expect(await screen.findByText('Version 1 · Stopped')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/analytics/models/m1/versions/1/cancel']);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('says "not enough data" in the page language with what is missing, and retires after a confirmation', async () => {
    await i18n.changeLanguage('hi');
    const calls = mockApi({
      'POST /analytics/models/m1/train': () => ({ status: 409, body: { status: 409, title: 'Not enough data yet',
        detail: 'A revenue forecast needs 42 days of history; there are 20.' } }),
      'POST /analytics/models/m1/retire': model({ status: 'RETIRED' }),
    });
    show([model({ status: 'TRAINED', deployedVersion: null, deployedMetrics: null })]);
    await userEvent.click(screen.getByRole('button', { name: 'revenue forecast का नया संस्करण ट्रेन करें' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('अभी इसके लिए पर्याप्त डेटा नहीं है।');
    expect(alert.textContent).toContain('needs 42 days of history; there are 20');

    await userEvent.click(screen.getByRole('button', { name: 'revenue forecast बंद करें' }));
    expect(calls.some((c) => c.path.endsWith('/retire'))).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'हाँ, बंद करें' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/analytics/models/m1/retire')).toBe(true));
    await i18n.changeLanguage('en');
  });
});
