import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { mockApi, renderAt } from '../test/render';
import { CategoryConfigForm } from './CategoryConfigForm';

afterEach(() => vi.unstubAllGlobals());

const SALON = { automationPriorities: ['reviews', 'bookings'], contentThemes: ['Before and after'],
  postingWindows: [{ name: 'Morning', start: '09:00:00', end: '11:00:00' }] };

describe('Posting times and themes', () => {
  it('edits windows in plain from/to times, checks them, and shows a refused window under it', async () => {
    await i18n.changeLanguage('en');
    let answer: { status: number; body: unknown } = { status: 400, body: { status: 400, detail: 'Invalid fields',
      errors: [{ field: 'postingWindows[1]', message: 'start must be before end' }] } };
    const calls = mockApi({ 'GET /businesses/b-1/category-config': SALON, 'PUT /businesses/b-1/category-config': () => answer });
    renderAt('/', '/', <CategoryConfigForm businessId="b-1" />);
    expect(((await screen.findByLabelText('From (posting time 1)')) as HTMLInputElement).value).toBe('09:00');
    expect(screen.getByText('Posts go out between 09:00 and 11:00.')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Add a posting time' }));
    fireEvent.change(screen.getByLabelText('From (posting time 2)'), { target: { value: '19:00' } });
    fireEvent.change(screen.getByLabelText('To (posting time 2)'), { target: { value: '18:00' } });
    await userEvent.click(screen.getByRole('button', { name: 'Add a theme' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save posting times and themes' }));
    expect(screen.getAllByText('Fill this in.')).toHaveLength(2); // the new window's name and the empty theme
    expect(screen.getByText(/The start must be before the end/)).toBeTruthy();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await userEvent.type(screen.getByLabelText('Name (posting time 2)'), 'Evening');
    fireEvent.change(screen.getByLabelText('To (posting time 2)'), { target: { value: '20:30' } });
    await userEvent.type(screen.getByLabelText('Theme 2'), 'Offer of the week');
    await userEvent.click(screen.getByRole('button', { name: 'Save posting times and themes' }));
    expect(await within(screen.getByRole('group', { name: 'Evening' })).findByText('start must be before end')).toBeTruthy();
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({ automationPriorities: ['reviews', 'bookings'],
      contentThemes: ['Before and after', 'Offer of the week'],
      postingWindows: [{ name: 'Morning', start: '09:00', end: '11:00' }, { name: 'Evening', start: '19:00', end: '20:30' }] });

    answer = { status: 200, body: calls.find((c) => c.method === 'PUT')!.body as object };
    await userEvent.click(screen.getByRole('button', { name: 'Save posting times and themes' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(screen.getByText('Posts go out between 19:00 and 20:30.')).toBeTruthy();
  });

  it('removes a window and a theme', async () => {
    await i18n.changeLanguage('en');
    const calls = mockApi({ 'GET /businesses/b-1/category-config': SALON,
      'PUT /businesses/b-1/category-config': (init) => ({ body: JSON.parse(String(init?.body)) }) });
    renderAt('/', '/', <CategoryConfigForm businessId="b-1" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Remove posting time 1' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove theme 1' }));
    expect(screen.getByText(/No posting times/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save posting times and themes' }));
    await screen.findByText('Saved.');
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({ automationPriorities: ['reviews', 'bookings'], contentThemes: [], postingWindows: [] });
  });
});
