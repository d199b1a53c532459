import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { BUSINESS, mockApi, renderAt } from '../test/render';
import { ReviewsPage } from './Reviews';

afterEach(() => vi.unstubAllGlobals());

const base = { platform: 'GOOGLE_BUSINESS_PROFILE', reviewedAt: '2026-03-10T05:00:00Z', repliedAt: null, manualTaskId: null };

describe('ReviewsPage', () => {
  it('shows how each review was handled, posts a reply by hand, syncs, and shows the month of referrals', async () => {
    await i18n.changeLanguage('en');
    const calls = mockApi({
      'GET /businesses': [BUSINESS],
      'GET /businesses/b-1/reviews': [
        { ...base, id: 'r1', reviewerName: 'Ravi', stars: 5, comment: 'Great cut', handling: 'AUTO_REPLY', replyStatus: 'SIMULATED',
          repliedBy: 'AUTOMATION', answeredBy: 'DAILY_PLAN', replyText: 'Thank you, Ravi!', suggestedReply: null },
        { ...base, id: 'r2', reviewerName: 'Meera', stars: 2, comment: 'Waited an hour', handling: 'PERSON', replyStatus: 'NEEDS_PERSON',
          repliedBy: null, answeredBy: 'REVIEW_SYNC', replyText: null, suggestedReply: 'Sorry for the wait, Meera.' },
      ],
      'POST /reviews/r2/reply': { review: {}, deliveryStatus: 'SIMULATED', deliveryId: 'd-1', error: null },
      'POST /businesses/b-1/reviews/sync': { listingsRead: 1, newReviews: 2, autoReplies: 1, handedToOwner: 1 },
      'GET /businesses/b-1/referrals/stats': {
        from: '2026-03-01', to: '2026-03-31', codesSent: 12, salesUsingCodes: 3, codesUsed: 3,
        referredRevenue: [{ amountMinor: 450000, currency: 'INR' }], conversionRate: 25.0,
      },
    });
    renderAt('/reviews', '/reviews', <ReviewsPage />);
    const items = within(await screen.findByRole('list', { name: 'Stored reviews' })).getAllByRole('listitem');
    expect(within(items[0]).getByText(/Answered \(sandbox\)/)).toBeTruthy();
    expect(within(items[0]).getByText('Thank you, Ravi!')).toBeTruthy();
    expect(within(items[0]).queryByRole('button', { name: 'Post reply' })).toBeNull();
    expect(within(items[1]).getByText(/Needs you/)).toBeTruthy();
    expect((within(items[1]).getByLabelText('Your reply') as HTMLTextAreaElement).value).toBe('Sorry for the wait, Meera.');
    await userEvent.click(within(items[1]).getByRole('button', { name: 'Post reply' }));
    expect((await within(items[1]).findByRole('status')).textContent).toContain('Would have been sent (sandbox)');
    expect(calls.find((c) => c.path === '/reviews/r2/reply')?.body).toEqual({ text: 'Sorry for the wait, Meera.', minutesSpent: null });

    expect(await screen.findByText('₹4,500.00')).toBeTruthy();
    expect(screen.getByText('25%')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(await screen.findByText('1 listings read: 2 new, 1 answered automatically, 1 for you.')).toBeTruthy();
  });
});
