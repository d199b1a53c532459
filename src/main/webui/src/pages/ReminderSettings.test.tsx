import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { mockApi, renderAt } from '../test/render';
import { ReminderSettingsForm } from './ReminderSettings';

afterEach(() => vi.unstubAllGlobals());

const DEFAULTS = { appointmentOffsetsMinutes: [1440, 120], paymentDaysBefore: 3, paymentEveryDays: 3, paymentMaxReminders: 5, paymentSendTime: '10:00:00' };

describe('Reminder settings', () => {
  it('shows the offsets in hours and minutes, checks them, and saves minutes', async () => {
    await i18n.changeLanguage('en');
    const calls = mockApi({
      'GET /businesses/b-1/reminder-settings': DEFAULTS,
      'PUT /businesses/b-1/reminder-settings': (init) => ({ body: JSON.parse(String(init?.body)) }),
    });
    renderAt('/', '/', <ReminderSettingsForm businessId="b-1" />);
    expect(await screen.findByText('Now: 1 day, 2 hours before each appointment.')).toBeTruthy();
    const first = screen.getByRole('group', { name: 'Reminder 1' });
    expect((within(first).getByLabelText('Hours before') as HTMLInputElement).value).toBe('24');
    expect((screen.getByLabelText('At this time of day') as HTMLInputElement).value).toBe('10:00');

    await userEvent.click(screen.getByRole('button', { name: 'Add a reminder' }));
    const third = screen.getByRole('group', { name: 'Reminder 3' });
    await userEvent.clear(within(third).getByLabelText('Hours before'));
    await userEvent.type(within(third).getByLabelText('Hours before'), '0');
    await userEvent.clear(within(third).getByLabelText('Minutes before'));
    await userEvent.type(within(third).getByLabelText('Minutes before'), '0');
    await userEvent.clear(screen.getByLabelText('After the due date, every (days)'));
    await userEvent.type(screen.getByLabelText('After the due date, every (days)'), '0');
    await userEvent.click(screen.getByRole('button', { name: 'Save reminder settings' }));
    expect(within(third).getByText(/From 1 minute to 720 hours/)).toBeTruthy();
    expect(screen.getByText('A whole number from 1 to 60.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await userEvent.type(within(third).getByLabelText('Minutes before'), '30'); // "030"
    await userEvent.clear(screen.getByLabelText('After the due date, every (days)'));
    await userEvent.type(screen.getByLabelText('After the due date, every (days)'), '2');
    fireEvent.change(screen.getByLabelText('At this time of day'), { target: { value: '09:30' } });
    await userEvent.click(screen.getByRole('button', { name: 'Remove reminder 2' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save reminder settings' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({ appointmentOffsetsMinutes: [1440, 30], paymentDaysBefore: 3,
      paymentEveryDays: 2, paymentMaxReminders: 5, paymentSendTime: '09:30' });
    expect(screen.getByText('Now: 1 day, 30 minutes before each appointment.')).toBeTruthy();
  });

  it('shows the service refusing a field under that field', async () => {
    await i18n.changeLanguage('en');
    mockApi({
      'GET /businesses/b-1/reminder-settings': DEFAULTS,
      'PUT /businesses/b-1/reminder-settings': () => ({ status: 400, body: { status: 400, detail: 'Invalid fields',
        errors: [{ field: 'paymentMaxReminders', message: 'must be 1 to 30' }, { field: 'appointmentOffsetsMinutes', message: 'must be 0 to 10 offsets' }] } }),
    });
    renderAt('/', '/', <ReminderSettingsForm businessId="b-1" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Save reminder settings' }));
    expect(await screen.findByText('must be 1 to 30')).toBeTruthy();
    expect(screen.getByLabelText('At most this many reminders').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('must be 0 to 10 offsets')).toBeTruthy();
  });
});
