import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { mockApi, renderAt } from '../test/render';
import { BudgetGoalsForm, BudgetResultsForm } from './Budget';

afterEach(() => vi.unstubAllGlobals());

describe('Budget goals', () => {
  it('needs one goal, then saves targets and worth for the chosen goals', async () => {
    await i18n.changeLanguage('en');
    const calls = mockApi({
      'GET /businesses/b-1/budget/goals': [{ goal: 'LEADS', monthlyTarget: null, weight: 1 }],
      'PUT /businesses/b-1/budget/goals': (init) => ({ body: JSON.parse(String(init?.body)).goals }),
    });
    renderAt('/', '/', <BudgetGoalsForm businessId="b-1" />);
    await userEvent.click(await screen.findByLabelText('Leads'));
    await userEvent.click(screen.getByRole('button', { name: 'Save goals' }));
    expect(screen.getByText('Choose at least one goal.')).toBeTruthy();

    await userEvent.click(screen.getByLabelText('Leads'));
    await userEvent.click(screen.getByLabelText('Reviews'));
    await userEvent.type(screen.getByLabelText('Leads wanted per month'), '30');
    await userEvent.type(screen.getByLabelText('Reviews wanted per month'), 'ten');
    await userEvent.click(screen.getByRole('button', { name: 'Save goals' }));
    expect(screen.getByText('A whole number, e.g. 30.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await userEvent.clear(screen.getByLabelText('Reviews wanted per month'));
    await userEvent.type(screen.getByLabelText('Reviews wanted per month'), '10');
    await userEvent.type(screen.getByLabelText('Worth of one (Reviews)'), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Save goals' }));
    await screen.findByText('Saved.');
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({ goals: [
      { goal: 'LEADS', monthlyTarget: 30, weight: 1 }, { goal: 'REVIEWS', monthlyTarget: 10, weight: 2 }] });
  });
});

describe("A month's results", () => {
  it('refuses a future month, sends what was measured per activity, and shows a refused field', async () => {
    await i18n.changeLanguage('en');
    let answer: { status: number; body: unknown } = { status: 400, body: { status: 400, detail: 'Invalid fields',
      errors: [{ field: 'entries[0].spendMinor', message: 'must be less than 10000000000' }] } };
    const calls = mockApi({ 'POST /businesses/b-1/budget/results': () => answer });
    renderAt('/', '/', <BudgetResultsForm businessId="b-1" currency="INR" />);
    const ads = screen.getByRole('group', { name: 'Local search ads' });
    fireEvent.change(screen.getByLabelText('Month'), { target: { value: '2999-01' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save results' }));
    expect(screen.getByText('This month or an earlier one.')).toBeTruthy();
    expect(screen.getByText('Fill in at least one activity.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Month'), { target: { value: '2026-03' } });
    await userEvent.type(within(ads).getByLabelText('Spent (INR)'), '8,000');
    await userEvent.type(within(ads).getByLabelText('Leads'), '60');
    await userEvent.click(screen.getByRole('button', { name: 'Save results' }));
    expect(await within(ads).findByText('must be less than 10000000000')).toBeTruthy();
    expect(calls[0].body).toEqual({ month: '2026-03', entries: [
      { activity: 'LOCAL_SEARCH_ADS', spendMinor: 800000, leads: 60, footfall: null, reviews: null }] });

    answer = { status: 200, body: [] };
    await userEvent.click(screen.getByRole('button', { name: 'Save results' }));
    expect(await screen.findByText('Saved. The budget plan now uses them.')).toBeTruthy();
  });
});
