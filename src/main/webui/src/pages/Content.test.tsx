import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { isoWeek, isoWeekAfter, weekDaysAfter } from '../lib/isoWeek';
import { formatDayRange } from '../lib/format';
import { BUSINESS, mockApi, renderAt } from '../test/render';
import { ContentPage } from './Content';

afterEach(() => vi.unstubAllGlobals());

function post(id: string, platform: string, date: string, extra: object = {}) {
  return {
    id, businessId: 'b-1', platform, isoWeek: isoWeekAfter(new Date(), 0), date, scheduledAt: `${date}T04:30:00Z`,
    scheduledLocal: `${date}T10:00:00`, status: 'DRAFT', text: `Post ${id}`, characters: 6, theme: null, festival: null,
    language: 'en', imageUrl: null, needsImage: platform === 'INSTAGRAM', writer: 'TEMPLATE', callToAction: null,
    link: null, error: null, simulated: false, approvedAt: null, publishedAt: null, ...extra,
  };
}

describe('isoWeek', () => {
  it('names the ISO week, the Thursday deciding the year', () => {
    expect(isoWeek(new Date(2026, 11, 1))).toBe('2026-W49');
    expect(isoWeek(new Date(2027, 0, 1))).toBe('2026-W53');
    expect(isoWeek(new Date(2025, 11, 29))).toBe('2026-W01');
  });

  it('shows a week as its days in the person\'s language, never as "2026-W50"', () => {
    expect(weekDaysAfter(new Date(2026, 11, 10), 0)).toEqual({ monday: '2026-12-07', sunday: '2026-12-13' });
    expect(weekDaysAfter(new Date(2026, 11, 13), 1)).toEqual({ monday: '2026-12-14', sunday: '2026-12-20' });
    expect(weekDaysAfter(new Date(2026, 11, 31), 0)).toEqual({ monday: '2026-12-28', sunday: '2027-01-03' });
    expect(formatDayRange('2026-12-07', '2026-12-13', 'en')).toMatch(/^7\s*–\s*13 Dec 2026$/);
    expect(formatDayRange('2026-12-28', '2027-01-03', 'hi')).not.toMatch(/W\d|2026-12/);
  });
});

describe('ContentPage', () => {
  it('groups the week by day with a preview per platform, generates the week, and shows a refused approval', async () => {
    await i18n.changeLanguage('en');
    const week = isoWeekAfter(new Date(), 0);
    const calls = mockApi({
      'GET /businesses': [BUSINESS],
      [`GET /businesses/b-1/content/weeks/${week}/posts`]: [],
      [`POST /businesses/b-1/content/weeks/${week}/generate`]: [
        post('p1', 'FACEBOOK_PAGE', '2026-12-01'), post('p2', 'INSTAGRAM', '2026-12-01'),
        post('p3', 'FACEBOOK_PAGE', '2026-12-02', { writer: 'LLM', needsReview: "mentions an offer the business has not set: 'fresh offers this week'" }),
      ],
      'POST /content/posts/p2/approve': () => ({ status: 400, body: { status: 400, detail: 'Instagram needs an image', errors: [{ field: 'imageUrl', message: 'must be given for Instagram' }] } }),
    });
    renderAt('/content', '/content', <ContentPage />);
    expect(await screen.findByText('No posts for this week yet.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Generate this week' }));
    expect(await screen.findByText('3 posts in the week.')).toBeTruthy();
    const day1 = screen.getByRole('region', { name: /1 Dec 2026/ });
    expect(within(day1).getAllByRole('article')).toHaveLength(2);
    const instagram = within(day1).getByRole('article', { name: 'Post for Instagram' });
    expect(within(instagram).getByText('As it will look on Instagram')).toBeTruthy();
    expect(within(instagram).getByText('Instagram needs an image before it can be approved.')).toBeTruthy();
    await userEvent.click(within(instagram).getByRole('button', { name: 'Approve' }));
    expect((await within(instagram).findByRole('alert')).textContent).toContain('Instagram needs an image');
    expect(within(instagram).getByText('must be given for Instagram')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/generate'))).toBe(true);
    const day2 = screen.getByRole('region', { name: /2 Dec 2026/ });
    expect(within(day2).getByRole('note').textContent)
      .toBe("Check before publishing: it mentions an offer the business has not set: 'fresh offers this week'.");
    expect(within(instagram).queryByRole('note')).toBeNull();
  });
});
