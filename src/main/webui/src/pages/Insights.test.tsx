import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { BUSINESS, mockApi, renderAt } from '../test/render';
import { InsightsPage } from './Insights';

afterEach(() => vi.unstubAllGlobals());

const insight = (id: string, title: string) => ({
  id, type: 'unanswered_reviews', subject: null, title, description: null, priority: 'HIGH', impactScore: 80,
  expectedImpact: 'Better rating', effortMinutes: 15, costMinor: 0, currency: 'INR', actionableToday: true,
  impactPerHour: 320, status: 'NEW',
});

describe('InsightsPage', () => {
  it('ranks insights, lists competitors with distance and rank, and shows the budget split', async () => {
    await i18n.changeLanguage('en');
    const calls = mockApi({
      'GET /businesses': [BUSINESS],
      'GET /businesses/b-1/insights': [insight('i1', 'Answer 2 reviews'), insight('i2', 'Connect WhatsApp')],
      'POST /insights/i1/done': { ...insight('i1', 'Answer 2 reviews'), status: 'DONE' },
      'GET /businesses/b-1/competitors': {
        serviceRadiusKm: 3, areaKm2: 28.27, competitorsInRadius: 2, excludedOutsideRadius: 1, saturationPerKm2: 0.07,
        own: { rating: 4.5, reviewCount: 40, source: 'reviews' }, rankByRating: { rank: 1, outOf: 3 },
        rankByReviewCount: { rank: 2, outOf: 3 }, gaps: [{ type: 'NOBODY_OPEN_LATE', title: 'Nobody nearby is open after 9 pm' }],
        competitors: [{ id: 'k1', name: 'Glow Studio', distanceMetres: 1234, rating: 4.1, reviewCount: 310, priceLevel: 2, hasWebsite: true, closesAt: '20:00' }],
      },
      'GET /businesses/b-1/competitors/alerts': [],
      'GET /businesses/b-1/budget/plan': {
        budget: { amountMinor: 1000000, currency: 'INR' }, allocated: { amountMinor: 1000000, currency: 'INR' },
        unallocated: { amountMinor: 0, currency: 'INR' }, strategy: 'growth', strategyFocus: 'Paid reach on the channels that answer best',
        allocations: [{ activity: 'LOCAL_SEARCH_ADS', spend: { amountMinor: 600000, currency: 'INR' }, expected: { LEADS: 20 } }],
        freeActions: [{ key: 'gbp_posts', title: 'Post on Google weekly', goal: 'LEADS', expectedPerMonth: 3, minutesPerWeek: 10, automated: true }],
        paidRecommendations: [],
      },
    });
    renderAt('/insights', '/insights', <InsightsPage />);
    const ranked = within(await screen.findByRole('list', { name: 'What to do next' })).getAllByRole('listitem');
    expect(ranked.map((li) => li.querySelector('p')?.textContent)).toEqual(['Answer 2 reviews', 'Connect WhatsApp']);
    await userEvent.click(screen.getByRole('button', { name: 'Done: Answer 2 reviews' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/insights/i1/done')).toBe(true));

    const row = (await screen.findByRole('row', { name: /Glow Studio/ }));
    expect(within(row).getByText('1.2 km')).toBeTruthy();
    expect(within(row).getByText('4.1')).toBeTruthy();
    expect(within(row).getByText('310')).toBeTruthy();
    expect(screen.getByText('1 of 3')).toBeTruthy();
    expect(screen.getByText('Nobody nearby is open after 9 pm')).toBeTruthy();

    expect(await screen.findByText('Strategy: Growth')).toBeTruthy();
    expect(screen.getByText('Local search ads')).toBeTruthy();
    expect(screen.getByText('₹6,000.00')).toBeTruthy();
    expect(screen.getByText(/Post on Google weekly · 10 minutes a week · done for you/)).toBeTruthy();
  });
});
