import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { BUSINESS, mockApi, renderAt } from '../test/render';
import { PaymentForm, PaymentsPage } from './Payments';

afterEach(() => vi.unstubAllGlobals());

const request = (id: string, extra: object = {}) => ({
  id, businessId: 'b-1', contactId: 'c-1', amountMinor: 12345678, currency: 'INR', dueDate: '2026-03-20',
  paymentLink: 'https://rzp.io/l/abc123', description: 'Bridal package balance', status: 'OPEN', remindersPlanned: 5,
  pendingReminders: ['2026-03-17T04:30:00Z', '2026-03-20T04:30:00Z'], createdAt: '2026-03-10T00:00:00Z', closedAt: null, ...extra,
});

describe('Payment requests', () => {
  it('lists by status with money and dates of the language, and marks one paid', async () => {
    await i18n.changeLanguage('en');
    const statuses: string[] = [];
    const calls = mockApi({
      'GET /businesses': [BUSINESS],
      'GET /contacts/c-1': { id: 'c-1', name: 'Asha', phone: '+919812345678', email: null },
      'GET /businesses/b-1/payment-requests': (_init, url) => {
        const status = new URL(url, 'http://x').searchParams.get('status')!;
        statuses.push(status);
        return { body: status === 'OPEN' ? [request('p-1')] : [request('p-2', { status: 'PAID', closedAt: '2026-03-18T06:00:00Z', pendingReminders: [] })] };
      },
      'POST /payment-requests/p-1/paid': request('p-1', { status: 'PAID' }),
    });
    renderAt('/payments', '/payments', <PaymentsPage />);
    const item = (await screen.findByText('₹1,23,456.78')).closest('li')!;
    expect(within(item).getByText('Due 20 Mar 2026')).toBeTruthy();
    expect(within(item).getByText('Next reminder 17 Mar 2026, 10:00 am (2 still to go).')).toBeTruthy();
    await userEvent.click(within(item).getByRole('button', { name: 'Mark ₹1,23,456.78 paid' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/payment-requests/p-1/paid')).toBe(true));

    await userEvent.selectOptions(screen.getByLabelText('Show'), 'PAID');
    expect(await screen.findByText('Paid, marked 18 Mar 2026, 11:30 am.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Mark .* paid/ })).toBeNull();
    expect(statuses).toContain('PAID');
  });

  it('shows money the Hindi way too and a refused stop', async () => {
    await i18n.changeLanguage('hi');
    mockApi({
      'GET /businesses': [BUSINESS],
      'GET /contacts/c-1': { id: 'c-1', name: 'Asha', phone: null, email: null },
      'GET /businesses/b-1/payment-requests': [request('p-1')],
      'POST /payment-requests/p-1/stop': () => ({ status: 409, body: { status: 409, detail: 'Already paid' } }),
    });
    renderAt('/payments', '/payments', <PaymentsPage />);
    const item = (await screen.findByText('₹1,23,456.78')).closest('li')!;
    expect(within(item).getByText('नियत तारीख़ 20 मार्च 2026')).toBeTruthy();
    await userEvent.click(within(item).getByRole('button', { name: '₹1,23,456.78 के रिमाइंडर रोकें' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Already paid');
    await i18n.changeLanguage('en');
  });
});

describe('Asking for a payment', () => {
  it('checks amount, date, link and text, sends paise, shows a refused link under its field, then confirms', async () => {
    await i18n.changeLanguage('en');
    let answer: { status: number; body: unknown } = { status: 400, body: { status: 400, detail: 'Invalid fields',
      errors: [{ field: 'paymentLink', message: 'must be an http(s) URL' }] } };
    const calls = mockApi({ 'POST /businesses/b-1/payment-requests': () => answer });
    renderAt('/', '/', <PaymentForm businessId="b-1" currency="INR" />);
    await userEvent.type(screen.getByLabelText('Amount (INR)'), '0');
    await userEvent.type(screen.getByLabelText('Payment link'), 'rzp.io/l/abc');
    await userEvent.click(screen.getByRole('button', { name: 'Send reminders' }));
    expect(screen.getByText('An amount above 0, e.g. 1,500 or 1500.50.')).toBeTruthy();
    expect(screen.getByText('Pick a date.')).toBeTruthy();
    expect(screen.getByText('A link starting with https:// or http://.')).toBeTruthy();
    expect(screen.getAllByText('Fill this in.')).toHaveLength(2); // phone and what it is for
    expect(calls).toHaveLength(0);

    await userEvent.type(screen.getByLabelText("Customer's phone"), '+919812345678');
    await userEvent.clear(screen.getByLabelText('Amount (INR)'));
    await userEvent.type(screen.getByLabelText('Amount (INR)'), '1,23,456.78');
    expect(screen.getByText('₹1,23,456.78')).toBeTruthy(); // the amount as it will be shown
    fireEvent.change(screen.getByLabelText('Due date'), { target: { value: '2026-03-20' } });
    await userEvent.clear(screen.getByLabelText('Payment link'));
    await userEvent.type(screen.getByLabelText('Payment link'), 'https://rzp.io/l/abc123');
    await userEvent.type(screen.getByLabelText('What it is for'), 'Bridal package balance');
    await userEvent.click(screen.getByRole('button', { name: 'Send reminders' }));
    expect(await screen.findByText('must be an http(s) URL')).toBeTruthy();
    expect(screen.getByLabelText('Payment link').getAttribute('aria-invalid')).toBe('true');
    expect(calls[0].body).toEqual({ phone: '+919812345678', name: null, amountMinor: 12345678, currency: 'INR', dueDate: '2026-03-20',
      paymentLink: 'https://rzp.io/l/abc123', description: 'Bridal package balance' });

    answer = { status: 201, body: request('p-1') };
    await userEvent.click(screen.getByRole('button', { name: 'Send reminders' }));
    expect((await screen.findByRole('status')).textContent).toBe('₹1,23,456.78 entered; 2 reminders planned.');
  });
});

describe('Razorpay payment links', () => {
  it('makes a link for an open request, says when it cannot be paid, and shows one paid through Razorpay', async () => {
    await i18n.changeLanguage('en');
    let open = request('p-1');
    const calls = mockApi({
      'GET /businesses': [BUSINESS],
      'GET /contacts/c-1': { id: 'c-1', name: 'Asha', phone: '+919812345678', email: null },
      'GET /businesses/b-1/payment-requests': (_init, url) => ({
        body: new URL(url, 'http://x').searchParams.get('status') === 'OPEN' ? [open]
          : [request('p-2', { status: 'PAID', closedAt: '2026-03-18T06:00:00Z', pendingReminders: [], paidVia: 'RAZORPAY',
            razorpayLinkId: 'plink_2', paymentLinkMode: 'LIVE' })],
      }),
      'POST /payment-requests/p-1/payment-link': () => {
        open = request('p-1', { paymentLink: 'https://rzp.io/i/sandbox1', razorpayLinkId: 'plink_sandbox1', paymentLinkMode: 'SANDBOX' });
        return { body: open };
      },
    });
    renderAt('/payments', '/payments', <PaymentsPage />);
    const item = (await screen.findByText('₹1,23,456.78')).closest('li')!;
    await userEvent.click(within(item).getByRole('button', { name: 'Make a Razorpay link for ₹1,23,456.78' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/payment-requests/p-1/payment-link')).toBe(true));
    expect(await screen.findByText(/this link cannot be paid/)).toBeTruthy();
    expect(screen.getByText('https://rzp.io/i/sandbox1')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Make a Razorpay link/ })).toBeNull(); // one link per request

    await userEvent.selectOptions(screen.getByLabelText('Show'), 'PAID');
    expect(await screen.findByText('Payment confirmed by Razorpay.')).toBeTruthy();
  });

  it('asks for a payment with a Razorpay link instead of a typed one', async () => {
    await i18n.changeLanguage('en');
    const calls = mockApi({ 'POST /businesses/b-1/payment-requests': () => ({ status: 201, body: request('p-1', { razorpayLinkId: 'plink_1' }) }) });
    renderAt('/', '/', <PaymentForm businessId="b-1" currency="INR" />);
    await userEvent.click(screen.getByLabelText(/Make the payment link with my Razorpay account/));
    expect(screen.queryByLabelText('Payment link')).toBeNull();
    await userEvent.type(screen.getByLabelText("Customer's phone"), '+919812345678');
    await userEvent.type(screen.getByLabelText('Amount (INR)'), '1500');
    fireEvent.change(screen.getByLabelText('Due date'), { target: { value: '2026-03-20' } });
    await userEvent.type(screen.getByLabelText('What it is for'), 'Facial');
    await userEvent.click(screen.getByRole('button', { name: 'Send reminders' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].body).toEqual({ phone: '+919812345678', name: null, amountMinor: 150000, currency: 'INR', dueDate: '2026-03-20',
      description: 'Facial', razorpayLink: true });
  });
});
