import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { mockApi, renderAt } from '../test/render';
import { ReferralSettingsForm } from './ReferralSettings';

afterEach(() => vi.unstubAllGlobals());

const SAVED = { businessId: 'b-1', googlePlaceId: null, reviewLink: null, reviewRequestDelayMinutes: 120, referralTrigger: 'AFTER_REVIEW',
  reviewSyncHours: null, reviewRequestCooldownDays: 90, updatedAt: null };

describe('Review and referral settings', () => {
  it('checks the figures in the browser, shows the review link, saves, and shows a refused place id under its field', async () => {
    await i18n.changeLanguage('en');
    let answer: { status: number; body: unknown } = { status: 400, body: { status: 400, detail: 'Invalid fields',
      errors: [{ field: 'googlePlaceId', message: 'must be a Google place id' }] } };
    const calls = mockApi({ 'GET /businesses/b-1/referral-settings': SAVED, 'PUT /businesses/b-1/referral-settings': () => answer });
    renderAt('/', '/', <ReferralSettingsForm businessId="b-1" />);
    expect(await screen.findByText('none yet: add the place id')).toBeTruthy();
    expect((screen.getByLabelText('Days before the same customer is asked again') as HTMLInputElement).value).toBe('90');
    expect(screen.getByText('2 h 0 min after the sale.')).toBeTruthy();

    const delay = screen.getByLabelText('Minutes after a sale to ask for a review');
    await userEvent.clear(delay);
    await userEvent.type(delay, '2 hours');
    await userEvent.click(screen.getByLabelText(/on a schedule/));
    await userEvent.clear(screen.getByLabelText('Read Google reviews every (hours)'));
    await userEvent.type(screen.getByLabelText('Read Google reviews every (hours)'), '500');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('A whole number of minutes from 0 to 10080.')).toBeTruthy();
    expect(screen.getByText('A whole number of hours from 1 to 168.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await userEvent.clear(delay);
    await userEvent.type(delay, '30');
    await userEvent.clear(screen.getByLabelText('Read Google reviews every (hours)'));
    await userEvent.type(screen.getByLabelText('Read Google reviews every (hours)'), '12');
    await userEvent.clear(screen.getByLabelText('Days before the same customer is asked again'));
    await userEvent.type(screen.getByLabelText('Days before the same customer is asked again'), '0');
    await userEvent.selectOptions(screen.getByLabelText('Send a customer a referral code'), 'AFTER_SALE');
    await userEvent.type(screen.getByLabelText('Google place id'), 'ChIJN1t_tDeuEmsRUsoyG83frY4');
    expect(screen.getByRole('link', { name: /writereview/ }).getAttribute('href'))
      .toBe('https://search.google.com/local/writereview?placeid=ChIJN1t_tDeuEmsRUsoyG83frY4');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('must be a Google place id')).toBeTruthy();
    expect(screen.getByLabelText('Google place id').getAttribute('aria-invalid')).toBe('true');
    const body = { googlePlaceId: 'ChIJN1t_tDeuEmsRUsoyG83frY4', reviewRequestDelayMinutes: 30, referralTrigger: 'AFTER_SALE',
      reviewSyncHours: 12, reviewRequestCooldownDays: 0 };
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual(body);

    answer = { status: 200, body: { ...SAVED, ...body, reviewLink: 'https://search.google.com/local/writereview?placeid=ChIJN1t_tDeuEmsRUsoyG83frY4' } };
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect((screen.getByLabelText('Read Google reviews every (hours)') as HTMLInputElement).value).toBe('12');
  });

  it('refuses a place id with spaces before calling, and turns the sync off', async () => {
    await i18n.changeLanguage('en');
    const calls = mockApi({ 'GET /businesses/b-1/referral-settings': { ...SAVED, reviewSyncHours: 6 },
      'PUT /businesses/b-1/referral-settings': (init) => ({ body: { ...SAVED, ...JSON.parse(String(init?.body)) } }) });
    renderAt('/', '/', <ReferralSettingsForm businessId="b-1" />);
    await userEvent.type(await screen.findByLabelText('Google place id'), 'my shop');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText(/Only letters, digits/)).toBeTruthy();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
    await userEvent.clear(screen.getByLabelText('Google place id'));
    await userEvent.click(screen.getByLabelText(/on a schedule/));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');
    expect(calls.find((c) => c.method === 'PUT')!.body).toMatchObject({ googlePlaceId: null, reviewSyncHours: null });
  });
});
