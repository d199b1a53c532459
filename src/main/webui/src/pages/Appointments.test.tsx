import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { BUSINESS, mockApi, renderAt } from '../test/render';
import { AppointmentsPage, BookForm } from './Appointments';
import { startOfDay } from '../lib/zoned';

afterEach(() => vi.unstubAllGlobals());

const appointment = (id: string, localStart: string, startsAt: string, extra: object = {}) => ({
  id, businessId: 'b-1', contactId: 'c-1', serviceName: 'Haircut', startsAt, localStart, timeZone: 'Asia/Kolkata',
  durationMinutes: 45, staffName: 'Meena', status: 'BOOKED', pendingReminders: [], changes: null,
  createdAt: '2026-03-01T00:00:00Z', updatedAt: '2026-03-01T00:00:00Z', ...extra,
});

describe('Appointments by day', () => {
  it('asks for the days in the business time zone and the status, and groups the answer by local day', async () => {
    await i18n.changeLanguage('en');
    const urls: string[] = [];
    mockApi({
      'GET /businesses': [BUSINESS],
      'GET /contacts/c-1': { id: 'c-1', name: 'Asha', phone: '+919812345678', email: null },
      'GET /businesses/b-1/appointments': (_init, url) => {
        urls.push(url);
        return { body: [appointment('a-1', '2026-03-14T15:00:00', '2026-03-14T09:30:00Z'),
          appointment('a-2', '2026-03-15T10:00:00', '2026-03-15T04:30:00Z', { status: 'CONFIRMED', staffName: null })] };
      },
    });
    renderAt('/appointments', '/appointments', <AppointmentsPage />);
    fireEvent.change(await screen.findByLabelText('From'), { target: { value: '2026-03-14' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-15' } });
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'CONFIRMED');
    expect(await screen.findByRole('heading', { name: '14 Mar 2026' })).toBeTruthy();
    const last = new URL(urls[urls.length - 1], 'http://x').searchParams;
    expect(last.get('from')).toBe('2026-03-13T18:30:00.000Z');
    expect(last.get('to')).toBe('2026-03-15T18:30:00.000Z');
    expect(last.get('status')).toBe('CONFIRMED');
    const day2 = screen.getByRole('heading', { name: '15 Mar 2026' }).parentElement!;
    expect(within(day2).getByRole('link').textContent).toMatch(/10:00 am · Haircut.*Confirmed.*45 minutes/);
    expect(await screen.findAllByText('Asha · +919812345678')).toHaveLength(2);
    expect(screen.getByText(/with Meena/)).toBeTruthy();
  });

  it('refuses a last day before the first without asking the service', async () => {
    await i18n.changeLanguage('en');
    const calls = mockApi({ 'GET /businesses': [BUSINESS], 'GET /businesses/b-1/appointments': [] });
    renderAt('/appointments', '/appointments', <AppointmentsPage />);
    fireEvent.change(await screen.findByLabelText('From'), { target: { value: '2026-03-14' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-10' } });
    expect(screen.getByText('The last day must not be before the first.')).toBeTruthy();
    const asked = calls.filter((c) => c.path === '/businesses/b-1/appointments').length;
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-03-09' } });
    expect(await screen.findByText('No appointments in these days.')).toBeTruthy();
    expect(calls.filter((c) => c.path === '/businesses/b-1/appointments').length).toBe(asked + 1);
  });

  it('finds midnight in the zone across a daylight-saving change', () => {
    expect(startOfDay('2026-03-14', 'Asia/Kolkata')).toBe('2026-03-13T18:30:00.000Z');
    expect(startOfDay('2026-03-29', 'Europe/Berlin')).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDay('2026-03-30', 'Europe/Berlin')).toBe('2026-03-29T22:00:00.000Z');
  });
});

describe('Booking an appointment', () => {
  it('checks the form, sends the local start, shows the refused start under its field, then books', async () => {
    await i18n.changeLanguage('en');
    let answer: { status: number; body: unknown } = { status: 400, body: { status: 400, detail: 'Invalid fields',
      errors: [{ field: 'localStart', message: 'must be in the future' }] } };
    const calls = mockApi({ 'POST /businesses/b-1/appointments': () => answer });
    renderAt('/', '/', <BookForm businessId="b-1" />);
    const duration = screen.getByLabelText('Duration (minutes)');
    await userEvent.clear(duration);
    await userEvent.type(duration, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Book' }));
    expect(screen.getAllByText('Fill this in.')).toHaveLength(2); // phone and service
    expect(screen.getByText('Pick a date and time.')).toBeTruthy();
    expect(screen.getByText('From 1 to 1440 minutes.')).toBeTruthy();
    expect(calls).toHaveLength(0);

    await userEvent.type(screen.getByLabelText("Customer's phone"), '98123 45678');
    await userEvent.type(screen.getByLabelText("Customer's name (optional)"), 'Asha');
    await userEvent.type(screen.getByLabelText('Service'), 'Haircut');
    fireEvent.change(screen.getByLabelText('Date and time'), { target: { value: '2026-03-14T15:00' } });
    await userEvent.clear(duration);
    await userEvent.type(duration, '45');
    await userEvent.type(screen.getByLabelText('Staff (optional)'), 'Meena');
    await userEvent.click(screen.getByRole('button', { name: 'Book' }));
    expect(await screen.findByText('must be in the future')).toBeTruthy();
    expect(screen.getByLabelText('Date and time').getAttribute('aria-invalid')).toBe('true');
    expect(calls[0].body).toEqual({ phone: '98123 45678', name: 'Asha', serviceName: 'Haircut', localStart: '2026-03-14T15:00:00',
      durationMinutes: 45, staffName: 'Meena' });

    answer = { status: 201, body: appointment('a-9', '2026-03-14T15:00:00', '2026-03-14T09:30:00Z',
      { pendingReminders: ['2026-03-13T09:30:00Z', '2026-03-14T07:30:00Z'] }) };
    await userEvent.click(screen.getByRole('button', { name: 'Book' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/Booked for 14 Mar 2026, 3:00 pm; 2 reminders planned/);
  });

  it('books an existing contact found by name', async () => {
    await i18n.changeLanguage('en');
    const calls = mockApi({
      'GET /contacts': { items: [{ id: 'c-7', name: 'Ravi', phone: '+919800000007', email: null }], total: 1 },
      'POST /businesses/b-1/appointments': () => ({ status: 201, body: appointment('a-1', '2026-03-14T15:00:00', '2026-03-14T09:30:00Z') }),
    });
    renderAt('/', '/', <BookForm businessId="b-1" />);
    await userEvent.click(screen.getByLabelText('An existing contact'));
    await userEvent.type(screen.getByLabelText('Service'), 'Facial');
    fireEvent.change(screen.getByLabelText('Date and time'), { target: { value: '2026-03-14T15:00' } });
    await userEvent.click(screen.getByRole('button', { name: 'Book' }));
    expect(screen.getByText('Choose a contact.')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Find a contact'), 'Ra');
    await userEvent.selectOptions(screen.getByLabelText('Contact'), await screen.findByRole('option', { name: 'Ravi · +919800000007' }));
    await userEvent.click(screen.getByRole('button', { name: 'Book' }));
    await screen.findByRole('status');
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ contactId: 'c-7', serviceName: 'Facial',
      localStart: '2026-03-14T15:00:00', durationMinutes: 30, staffName: null });
  });
});
