import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { mockApi, renderAt } from '../test/render';
import { ContentSettingsForm, OwnDates } from './ContentSettings';

afterEach(() => vi.unstubAllGlobals());

describe('Content settings', () => {
  it('turns publishing without asking on and saves the three switches', async () => {
    await i18n.changeLanguage('en');
    const calls = mockApi({
      'GET /businesses/b-1/content/settings': { businessId: 'b-1', weeklyContent: true, autoPublish: false, llmEnabled: false, llmConfigured: false },
      'PUT /businesses/b-1/content/settings': (init) => ({ body: { businessId: 'b-1', llmConfigured: false, ...JSON.parse(String(init?.body)) } }),
    });
    renderAt('/', '/', <ContentSettingsForm businessId="b-1" />);
    const auto = await screen.findByLabelText('Publish without asking me');
    expect((screen.getByLabelText("Prepare next week's posts every Thursday") as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/No AI model is set up/)).toBeTruthy();
    await userEvent.click(auto);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({ weeklyContent: true, autoPublish: true, llmEnabled: false });
  });
});

describe('Own dates', () => {
  it('needs a name and a date, adds one, shows the service refusing a date, and removes one', async () => {
    await i18n.changeLanguage('en');
    let dates = [{ id: 'd-1', businessId: 'b-1', name: 'Anniversary sale', date: '2026-12-12' }];
    const calls = mockApi({
      'GET /businesses/b-1/content/dates': () => ({ body: dates }),
      'POST /businesses/b-1/content/dates': (init) => {
        const body = JSON.parse(String(init?.body));
        if (body.date < '2000-01-01') return { status: 400, body: { status: 400, detail: 'Invalid fields', errors: [{ field: 'date', message: 'must be a date from today' }] } };
        dates = [...dates, { id: 'd-2', businessId: 'b-1', ...body }];
        return { status: 201, body: dates[1] };
      },
      'DELETE /content/dates/d-1': () => { dates = dates.filter((d) => d.id !== 'd-1'); return { status: 204 }; },
    });
    renderAt('/', '/', <OwnDates businessId="b-1" />);
    const list = await screen.findByRole('list', { name: 'Your own dates' });
    await within(list).findByText('Anniversary sale');

    await userEvent.click(screen.getByRole('button', { name: 'Add the date' }));
    expect(screen.getByText('Fill this in.')).toBeTruthy();
    expect(screen.getByText('Pick a date.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.type(screen.getByLabelText('What is it?'), 'Diwali week offer');
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '1999-10-10' } });
    await userEvent.click(screen.getByRole('button', { name: 'Add the date' }));
    expect(await screen.findByText('must be a date from today')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2026-11-01' } });
    await userEvent.click(screen.getByRole('button', { name: 'Add the date' }));
    await within(list).findByText('Diwali week offer');
    expect(calls.filter((c) => c.method === 'POST').at(-1)!.body).toEqual({ name: 'Diwali week offer', date: '2026-11-01' });

    await userEvent.click(screen.getByRole('button', { name: 'Remove Anniversary sale' }));
    await waitFor(() => expect(within(list).queryByText('Anniversary sale')).toBeNull());
  });
});
