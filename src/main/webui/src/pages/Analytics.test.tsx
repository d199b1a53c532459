import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { BUSINESS, mockApi, renderAt } from '../test/render';
import { AnalyticsPage } from './Analytics';

afterEach(() => vi.unstubAllGlobals());

const model = (id: string, name: string, kind: string, target: string, metrics: object | null, status = 'DEPLOYED') => ({
  id, businessId: 'b-1', name, kind, algorithm: 'x', target, status, deployedVersion: status === 'DEPLOYED' ? 2 : null,
  latestVersion: { number: 2, status: 'TRAINED', progress: 100, rowCount: 120, metrics, error: null, deployed: true },
  deployedMetrics: status === 'DEPLOYED' ? metrics : null,
});

const point = (date: string, value: number, lower: number | null = null, upper: number | null = null) => ({ date, value, lower, upper });

const anomaly = { id: 'a1', businessId: 'b-1', metric: 'REVENUE', day: '2026-03-05', actual: 0, expected: 1250000, score: -9.1,
  severity: 'CRITICAL', direction: 'DROP', impactMinor: 1250000, currency: 'INR', status: 'OPEN' };

function routes(extra: Record<string, object> = {}) {
  return mockApi({
    'GET /businesses': [BUSINESS],
    'GET /analytics/models': [
      model('m1', 'Revenue', 'FORECAST', 'REVENUE', { smape: 8.4, holdoutDays: 14, baseline: { smape: 12.9 } }),
      model('m2', 'Churn', 'CLASSIFICATION', 'CHURN', { auc: 0.91, holdoutRows: 80 }),
      model('m3', 'Draft one', 'FORECAST', 'APPOINTMENTS', null, 'DRAFT'),
    ],
    'GET /analytics/models/m1/forecast': {
      modelId: 'm1', version: 2, target: 'REVENUE', unit: 'minor', currency: 'INR',
      actuals: [point('2026-03-08', 1000000)],
      forecast: Array.from({ length: 7 }, (_, i) => point(`2026-03-${10 + i}`, 1000000, 800000, 1200000)),
      holdoutMetrics: { smape: 8.4, holdoutDays: 14, baseline: { smape: 12.9 } },
    },
    'GET /analytics/models/m2/customers-at-risk': {
      modelId: 'm2', version: 2, scored: 40, atRisk: 1, valueAtRiskMonthlyMinor: 250000, currency: 'INR',
      customers: [{ contactId: 'c1', name: 'Meera', phone: '+919800000001', probability: 0.87, valueAtRiskMonthlyMinor: 250000,
        currency: 'INR', lastVisit: '2026-01-02', reasons: [{ feature: 'recency_days', value: 2.1 }, { feature: 'overdue_ratio', value: 1.3 }] }],
    },
    'GET /analytics/anomalies': [anomaly],
    'POST /contacts/c1/messages': { deliveryId: 'd1', channel: 'WHATSAPP', status: 'SIMULATED', reason: null, message: null },
    'PUT /analytics/anomalies/a1/status': { ...anomaly, status: 'ACKNOWLEDGED' },
    ...extra,
  });
}

describe('AnalyticsPage', () => {
  it('shows the forecast, customers at risk with reasons and an offer, open anomalies with impact, and the models', async () => {
    await i18n.changeLanguage('en');
    const calls = routes();
    renderAt('/analytics', '/analytics', <AnalyticsPage />);

    expect(await screen.findByText('Expected in the next 7 days: ₹70,000.00')).toBeTruthy();
    expect(screen.getByRole('figure', { name: /forecast for the next 30 days/ })).toBeTruthy();
    const points = screen.getByRole('table', { name: 'Chart points: actual and forecast by day' });
    expect(within(points).getAllByRole('row')[2].textContent).toMatch(/^10 Mar 2026—₹10,000.00₹8,000.00 to ₹12,000.00$/);
    expect(screen.getByText(/error 8.4% \(sMAPE\); repeating last week would be 12.9%/)).toBeTruthy();

    const customer = within(await screen.findByRole('list', { name: 'Customers at risk' })).getByRole('listitem');
    expect(within(customer).getByText('Meera')).toBeTruthy();
    expect(within(customer).getByText(/87% likely to leave · ₹2,500.00 a month/)).toBeTruthy();
    expect(within(customer).getByText(/days since the last visit, overdue for their next visit/)).toBeTruthy();
    expect(screen.getByText('1 of 40 customers may not come back, worth ₹2,500.00 a month.')).toBeTruthy();
    const offer = screen.getByLabelText('Offer message (sent on WhatsApp)');
    await userEvent.clear(offer);
    await userEvent.type(offer, 'Come back for 20% off');
    await userEvent.click(screen.getByRole('button', { name: 'Send the offer to Meera' }));
    expect(await within(customer).findByRole('status')).toHaveProperty('textContent', 'Would have been sent (sandbox)');
    const sent = calls.find((c) => c.method === 'POST' && c.path === '/contacts/c1/messages');
    expect(sent?.body).toEqual({ text: 'Come back for 20% off', channel: 'WHATSAPP' });

    const unusual = within(await screen.findByRole('list', { name: 'Unusual days' })).getByRole('listitem');
    expect(within(unusual).getByText(/Revenue · .*· Critical/)).toBeTruthy();
    expect(within(unusual).getByText(/Lower than usual: ₹0.00 against the usual ₹12,500.00 · impact ₹12,500.00/)).toBeTruthy();
    await userEvent.click(within(unusual).getByRole('button', { name: 'Seen' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PUT' && c.path === '/analytics/anomalies/a1/status')?.body)
      .toEqual({ status: 'ACKNOWLEDGED' }));

    const models = within(screen.getByRole('list', { name: 'Models' })).getAllByRole('listitem');
    expect(models.map((m) => m.querySelector('p')?.textContent)).toEqual([
      'Forecast · Revenue · In use · version 2 in use', 'Classification · Customer visits · In use · version 2 in use',
      'Forecast · Appointments · Draft',
    ]);
    expect(within(models[1]).getByText(/Tested on 80 customers it had not seen, it ranks one who left above one who stayed 91% of the time/))
      .toBeTruthy();
  });

  it('says what is missing when nothing is deployed, and shows a detection that needs more data', async () => {
    await i18n.changeLanguage('hi');
    routes({
      'GET /analytics/models': [],
      'GET /analytics/anomalies': [],
      'POST /analytics/anomalies/detect': () => ({ status: 409, body: { status: 409, title: 'Not enough data yet',
        detail: 'Anomaly detection needs 63 days of history; there are 20.' } }),
    });
    renderAt('/analytics', '/analytics', <AnalyticsPage />);
    expect(await screen.findByText(/अभी कोई पूर्वानुमान नहीं/)).toBeTruthy();
    expect(screen.getByText(/अभी कोई ग्राहक-छूटने का मॉडल नहीं/)).toBeTruthy();
    expect(await screen.findByText('कुछ भी असामान्य खुला नहीं है।')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'असामान्य दिन जाँचें' }));
    expect(await screen.findByText(/needs 63 days of history; there are 20/)).toBeTruthy();
    await i18n.changeLanguage('en');
  });
});
