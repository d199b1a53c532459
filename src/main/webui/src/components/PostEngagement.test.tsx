import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import i18n from '../i18n';
import { mockApi, renderAt } from '../test/render';
import { PostEngagementPanel } from './PostEngagement';

afterEach(() => vi.unstubAllGlobals());

function post(id: string, channel: string, extra: object = {}) {
  return {
    id, channel, platformPostId: `pp-${id}`, text: `Text of ${id}`, publishedAt: '2026-11-20T04:30:00Z',
    likes: null, comments: null, shares: null, reach: null, views: null, reads: 1, lastReadAt: '2026-11-21T05:00:00Z',
    nextReadAt: null, lastError: null, ...extra,
  };
}

describe('PostEngagementPanel', () => {
  it('shows the sums per channel and each post, with unknown figures as not reported', async () => {
    await i18n.changeLanguage('en');
    mockApi({
      'GET /businesses/b-1/post-engagement': {
        businessId: 'b-1', from: '2026-10-26T00:00:00Z', days: 30,
        channels: [
          { channel: 'FACEBOOK_PAGE', posts: 1, likes: 1200, comments: 9, shares: 5, postsWithReach: 0, reach: 0, views: 0 },
          { channel: 'INSTAGRAM', posts: 1, likes: 31, comments: 4, shares: 0, postsWithReach: 1, reach: 230, views: 512 },
        ],
        posts: [
          post('fb', 'FACEBOOK_PAGE', { likes: 1200, comments: 9, shares: 5 }),
          post('ig', 'INSTAGRAM', { likes: 31, comments: 4, reach: 230, views: 512 }),
          post('new', 'INSTAGRAM', { reads: 0, lastReadAt: null, nextReadAt: '2026-11-25T10:00:00Z' }),
        ],
      },
    });
    renderAt('/content', '/content', <PostEngagementPanel businessId="b-1" />);
    expect(await screen.findByText(/1 posts · 1,200 likes · 9 comments · 5 shares/)).toBeTruthy();
    expect(screen.getByText(/230 people reached/)).toBeTruthy();
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(within(rows[1]).getByText('Text of fb')).toBeTruthy();
    expect(within(rows[1]).getAllByLabelText('Not reported by the platform')).toHaveLength(2);
    expect(within(rows[2]).getByText('512')).toBeTruthy();
    expect(within(rows[3]).getByText(/First figures at/)).toBeTruthy();
  });

  it('says when nothing was posted for real', async () => {
    await i18n.changeLanguage('en');
    mockApi({ 'GET /businesses/b-1/post-engagement': { businessId: 'b-1', from: '2026-10-26T00:00:00Z', days: 30, channels: [], posts: [] } });
    renderAt('/content', '/content', <PostEngagementPanel businessId="b-1" />);
    expect(await screen.findByText(/No post has gone out on Facebook or Instagram/)).toBeTruthy();
  });
});
