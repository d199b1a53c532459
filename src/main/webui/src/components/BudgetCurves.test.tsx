import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { mockApi, renderAt } from '../test/render';
import { BudgetCurvesCard, minorOf } from './BudgetCurves';
import { BudgetSection } from '../pages/Insights';

afterEach(() => vi.unstubAllGlobals());

const NO_CURVES = { status: 409, body: { status: 409, title: 'Conflict',
  detail: 'No budget curves for USD: set them with PUT /api/v1/businesses/b-1/budget/curves' } };

const USD_CURVES = { businessId: 'b-1', currency: 'USD', formula: 'a(1-exp(-x/b))', fitMethod: 'MAP', priorWeight: 3,
  curves: [{ activity: 'LOCAL_SEARCH_ADS', goal: 'LEADS', scaleA: 40, spendBMinor: 50000, source: 'BUSINESS', observations: 0, defaultScaleA: 40 },
    { activity: 'SOCIAL_ADS', goal: 'REVIEWS', scaleA: 8, spendBMinor: 20000, source: 'BUSINESS', observations: 0, defaultScaleA: 8 }],
  activities: [{ activity: 'LOCAL_SEARCH_ADS', minSpend: { amountMinor: 10000, currency: 'USD' }, maxSpend: null, source: 'BUSINESS' }] };

describe('Budget curves', () => {
  it('in a currency without defaults shows why, checks the curves, sends them in cents and shows a refused field under its curve', async () => {
    await i18n.changeLanguage('en');
    let put: { status: number; body: unknown } = { status: 400, body: { status: 400, detail: 'Invalid fields',
      errors: [{ field: 'curves[1].b', message: 'must be greater than 0' }] } };
    let get: { status: number; body: unknown } = NO_CURVES;
    const calls = mockApi({ 'GET /businesses/b-1/budget/curves': () => get, 'PUT /businesses/b-1/budget/curves': () => put });
    renderAt('/', '/', <BudgetCurvesCard businessId="b-1" currency="USD" />);
    expect(await screen.findByText(/No budget curves for USD/)).toBeTruthy();
    expect(screen.getByText('Set your own curves below so the plan can split your budget.')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Add a curve' }));
    await userEvent.selectOptions(screen.getByLabelText('Activity (curve 2)'), 'LOCAL_SEARCH_ADS');
    await userEvent.type(screen.getByLabelText('Spend for 63% of it, USD (curve 1)'), '0');
    await userEvent.type(screen.getByLabelText('Local search ads: spend at least (USD)'), '300');
    await userEvent.type(screen.getByLabelText('Local search ads: spend at most (USD)'), '100');
    await userEvent.click(screen.getByRole('button', { name: 'Save curves' }));
    expect(screen.getAllByText('A number above 0, e.g. 40.')).toHaveLength(2);
    expect(screen.getAllByText('An amount above 0, e.g. 5000.')).toHaveLength(2);
    expect(screen.getByText('This activity and goal are already in another curve.')).toBeTruthy();
    expect(screen.getByText('The most must not be below the least.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await userEvent.type(screen.getByLabelText('Most results a month (curve 1)'), '40');
    await userEvent.clear(screen.getByLabelText('Spend for 63% of it, USD (curve 1)'));
    await userEvent.type(screen.getByLabelText('Spend for 63% of it, USD (curve 1)'), '500');
    await userEvent.selectOptions(screen.getByLabelText('Activity (curve 2)'), 'SOCIAL_ADS');
    await userEvent.selectOptions(screen.getByLabelText('Goal (curve 2)'), 'REVIEWS');
    await userEvent.type(screen.getByLabelText('Most results a month (curve 2)'), '8');
    await userEvent.type(screen.getByLabelText('Spend for 63% of it, USD (curve 2)'), '200.50');
    await userEvent.clear(screen.getByLabelText('Local search ads: spend at most (USD)'));
    await userEvent.click(screen.getByRole('button', { name: 'Save curves' }));
    const second = screen.getByRole('group', { name: 'Curve 2' });
    expect(await within(second).findByText('must be greater than 0')).toBeTruthy();
    expect(within(second).getByLabelText('Spend for 63% of it, USD (curve 2)').getAttribute('aria-invalid')).toBe('true');
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({
      curves: [{ activity: 'LOCAL_SEARCH_ADS', goal: 'LEADS', a: 40, b: 50000 }, { activity: 'SOCIAL_ADS', goal: 'REVIEWS', a: 8, b: 20050 }],
      activities: [{ activity: 'LOCAL_SEARCH_ADS', minMinor: 30000, maxMinor: null }] });

    put = { status: 200, body: USD_CURVES };
    get = { status: 200, body: USD_CURVES };
    await userEvent.click(screen.getByRole('button', { name: 'Save curves' }));
    expect(await screen.findByText('Saved. The budget plan now uses your curves.')).toBeTruthy();
    const table = screen.getByRole('table');
    expect(within(table).getAllByText('Your own')).toHaveLength(2);
    expect(within(table).getByText('$500.00')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Go back to the standard curves' })).toBeTruthy();
  });

  it('shows the default curves read-only and opens the form prefilled with "use my own curves"', async () => {
    await i18n.changeLanguage('en');
    mockApi({ 'GET /businesses/b-1/budget/curves': { ...USD_CURVES, currency: 'INR', activities: [],
      curves: [{ activity: 'ORGANIC_CONTENT', goal: 'LEADS', scaleA: 12.5, spendBMinor: 300000, source: 'FITTED', observations: 2, defaultScaleA: 10 }] } });
    renderAt('/', '/', <BudgetCurvesCard businessId="b-1" currency="INR" />);
    expect(await screen.findByText('Estimate adjusted to your results · 2 months of results')).toBeTruthy();
    expect(screen.getByText('₹3,000.00')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Go back to the standard curves' })).toBeNull();
    expect(screen.queryByLabelText('Activity (curve 1)')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Use my own curves' }));
    expect((screen.getByLabelText('Most results a month (curve 1)') as HTMLInputElement).value).toBe('12.5');
    expect((screen.getByLabelText('Spend for 63% of it, INR (curve 1)') as HTMLInputElement).value).toBe('3000');
  });

  it('on the insights page, a plan answering 409 shows its detail and the form to set curves', async () => {
    await i18n.changeLanguage('en');
    mockApi({ 'GET /businesses/b-1/budget/plan': () => NO_CURVES });
    renderAt('/', '/', <BudgetSection businessId="b-1" currency="USD" />);
    expect(await screen.findByText(/No budget curves for USD/)).toBeTruthy();
    expect(screen.getByLabelText('Spend for 63% of it, USD (curve 1)')).toBeTruthy();
  });

  it('reads amounts in the currency\'s own unit', () => {
    expect(minorOf('1,500.25', 'USD')).toBe(150025);
    expect(minorOf('1500', 'JPY')).toBe(1500);
    expect(minorOf('15.5', 'JPY')).toBeNull();
    expect(minorOf('abc', 'INR')).toBeNull();
  });
});
