import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import i18n from '../i18n';
import { mockApi, renderAt } from '../test/render';
import { CompetitorAlerts } from './CompetitorAlerts';

afterEach(() => vi.unstubAllGlobals());

describe('Competitor alerts', () => {
  it('says what moved, from what to what and between which readings, newest first', async () => {
    await i18n.changeLanguage('en');
    mockApi({ 'GET /businesses/b-1/competitors/alerts': [
      { id: 'a2', competitorId: 'k1', competitorName: 'Glow Studio', kind: 'RATING', previousValue: 4.5, currentValue: 4.1,
        previousAt: '2026-03-01T06:00:00Z', observedAt: '2026-03-08T06:00:00Z' },
      { id: 'a1', competitorId: 'k2', competitorName: 'Style Hub', kind: 'REVIEW_COUNT', previousValue: 1000, currentValue: 1250,
        previousAt: '2026-02-01T06:00:00Z', observedAt: '2026-03-01T06:00:00Z' }] });
    renderAt('/', '/', <CompetitorAlerts businessId="b-1" />);
    const items = within(await screen.findByRole('list', { name: 'Alerts: sharp moves nearby' })).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('p')?.textContent)).toEqual([
      'Glow Studio: rating went from 4.5★ to 4.1★', 'Style Hub: reviews went from 1,000 to 1,250']);
    expect(items[0].textContent).toContain('Between 1 Mar 2026');
  });

  it('in Hindi, and says when there are none', async () => {
    await i18n.changeLanguage('hi');
    mockApi({ 'GET /businesses/b-1/competitors/alerts': [] });
    renderAt('/', '/', <CompetitorAlerts businessId="b-1" />);
    expect(await screen.findByText(/अभी कोई तेज़ बदलाव नहीं/)).toBeTruthy();
    await i18n.changeLanguage('en');
  });
});
