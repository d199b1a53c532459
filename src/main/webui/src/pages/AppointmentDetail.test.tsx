import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { mockApi, renderAt } from '../test/render';
import { AppointmentPage } from './AppointmentDetail';

afterEach(() => vi.unstubAllGlobals());

const ONE = {
  id: 'a-1', businessId: 'b-1', contactId: 'c-1', serviceName: 'Haircut', startsAt: '2026-03-14T09:30:00Z',
  localStart: '2026-03-14T15:00:00', timeZone: 'Asia/Kolkata', durationMinutes: 45, staffName: 'Meena', status: 'CONFIRMED',
  pendingReminders: ['2026-03-14T07:30:00Z'],
  changes: [
    { fromStatus: null, toStatus: 'BOOKED', fromStartsAt: null, toStartsAt: '2026-03-14T08:30:00Z', cause: 'API', detail: null, at: '2026-03-01T05:00:00Z' },
    { fromStatus: 'BOOKED', toStatus: 'BOOKED', fromStartsAt: '2026-03-14T08:30:00Z', toStartsAt: '2026-03-14T09:30:00Z', cause: 'API', detail: null, at: '2026-03-02T05:00:00Z' },
    { fromStatus: 'BOOKED', toStatus: 'CONFIRMED', fromStartsAt: null, toStartsAt: null, cause: 'REPLY', detail: 'haan', at: '2026-03-13T10:00:00Z' },
  ],
  createdAt: '2026-03-01T05:00:00Z', updatedAt: '2026-03-13T10:00:00Z',
};

const open = () => renderAt('/appointments/:appointmentId', '/appointments/a-1', <AppointmentPage />);

describe('One appointment', () => {
  it('shows its reminders and history with causes in the business time zone', async () => {
    await i18n.changeLanguage('en');
    mockApi({ 'GET /appointments/a-1': ONE, 'GET /contacts/c-1': { id: 'c-1', name: 'Asha', phone: '+919812345678', email: null } });
    open();
    expect(await screen.findByRole('heading', { name: /Haircut\s*Confirmed/ })).toBeTruthy();
    expect(screen.getByText('14 Mar 2026, 3:00 pm (Asia/Kolkata)')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Reminders still to go out' }).parentElement!.textContent).toContain('14 Mar 2026, 1:00 pm');
    expect(screen.getByText('Created (Booked)')).toBeTruthy();
    expect(screen.getByText('Moved from 14 Mar 2026, 2:00 pm to 14 Mar 2026, 3:00 pm')).toBeTruthy();
    expect(screen.getByText('Booked → Confirmed')).toBeTruthy();
    expect(screen.getByText(/by the customer's reply · haan/)).toBeTruthy();
    expect(await screen.findByText('Asha · +919812345678')).toBeTruthy();
  });

  it('reschedules to a local time, showing a refused start under its field', async () => {
    await i18n.changeLanguage('en');
    let answer: { status: number; body: unknown } = { status: 400, body: { status: 400, detail: 'Invalid fields',
      errors: [{ field: 'localStart', message: 'must be in the future' }] } };
    const calls = mockApi({ 'GET /appointments/a-1': ONE, 'GET /contacts/c-1': { id: 'c-1', name: 'Asha', phone: null, email: null },
      'PUT /appointments/a-1/start': () => answer });
    open();
    const start = await screen.findByLabelText('New date and time');
    expect((start as HTMLInputElement).value).toBe('2026-03-14T15:00');
    fireEvent.change(start, { target: { value: '' } });
    await userEvent.click(screen.getByRole('button', { name: 'Move' }));
    expect(screen.getByText('Pick a date and time.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    fireEvent.change(start, { target: { value: '2026-03-01T10:00' } });
    await userEvent.click(screen.getByRole('button', { name: 'Move' }));
    expect(await screen.findByText('must be in the future')).toBeTruthy();
    expect(start.getAttribute('aria-invalid')).toBe('true');
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({ localStart: '2026-03-01T10:00:00', durationMinutes: 45 });

    answer = { status: 200, body: { ...ONE, startsAt: '2026-03-15T04:30:00Z', localStart: '2026-03-15T10:00:00' } };
    fireEvent.change(start, { target: { value: '2026-03-15T10:00' } });
    await userEvent.click(screen.getByRole('button', { name: 'Move' }));
    expect(await screen.findByText('Moved.')).toBeTruthy();
    expect(screen.getByText('15 Mar 2026, 10:00 am (Asia/Kolkata)')).toBeTruthy();
  });

  it('marks it completed, then offers only the swap to did-not-come; a refused change says why', async () => {
    await i18n.changeLanguage('en');
    const calls = mockApi({
      'GET /appointments/a-1': ONE, 'GET /contacts/c-1': { id: 'c-1', name: 'Asha', phone: null, email: null },
      'POST /appointments/a-1/complete': { ...ONE, status: 'COMPLETED', pendingReminders: [] },
      'POST /appointments/a-1/no-show': () => ({ status: 409, body: { status: 409, detail: 'The appointment was cancelled' } }),
    });
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Completed' }));
    expect(await screen.findByRole('heading', { name: /Haircut\s*Completed/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel appointment' })).toBeNull();
    expect(screen.queryByLabelText('New date and time')).toBeNull();
    expect(screen.getByText('None.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Did not come' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The appointment was cancelled');
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/appointments/a-1/complete', '/appointments/a-1/no-show']);
  });
});
