import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { BUSINESS, mockApi, renderAt } from '../test/render';
import { SaleForm, SalesPage } from './Sales';

afterEach(() => vi.unstubAllGlobals());

describe('Recording a sale', () => {
  it('needs a phone and an amount, sends the amount in paise, and shows a refused referral code under its field', async () => {
    await i18n.changeLanguage('en');
    let answer: { status: number; body: unknown } = { status: 400, body: { status: 400, detail: 'Invalid fields',
      errors: [{ field: 'referralCode', message: 'is not a code of this business' }] } };
    const calls = mockApi({ 'POST /businesses/b-1/sales': () => answer });
    renderAt('/', '/', <SaleForm businessId="b-1" currency="INR" />);
    await userEvent.type(screen.getByLabelText('Amount (INR)'), 'lots');
    await userEvent.click(screen.getByRole('button', { name: 'Record sale' }));
    expect(screen.getByText('Fill this in.')).toBeTruthy();
    expect(screen.getByLabelText('Amount (INR)').getAttribute('aria-invalid')).toBe('true');
    expect(calls).toHaveLength(0);

    await userEvent.type(screen.getByLabelText("Customer's phone"), '+919812345678');
    await userEvent.clear(screen.getByLabelText('Amount (INR)'));
    await userEvent.type(screen.getByLabelText('Amount (INR)'), '1,499.50');
    await userEvent.type(screen.getByLabelText('Referral code (optional)'), 'ASHA-7QK');
    await userEvent.type(screen.getByLabelText('Bill number (optional)'), 'BILL-1001');
    await userEvent.click(screen.getByLabelText(/agreed to get offers/));
    await userEvent.click(screen.getByRole('button', { name: 'Record sale' }));
    expect(await screen.findByText('is not a code of this business')).toBeTruthy();
    expect(calls[0].body).toEqual({ phone: '+919812345678', name: null, amountMinor: 149950, currency: 'INR',
      referralCode: 'ASHA-7QK', externalId: 'BILL-1001', marketingConsent: true });

    answer = { status: 201, body: { id: 's-1', contactId: 'c-1', amount: { amountMinor: 149950, currency: 'INR' },
      occurredAt: '2026-03-10T05:00:00Z', alreadyRecorded: false } };
    await userEvent.click(screen.getByRole('button', { name: 'Record sale' }));
    expect(await screen.findByText('Sale of ₹1,499.50 recorded.')).toBeTruthy();
  });
});

describe('Importing sales from CSV', () => {
  it('asks for a file, posts it as text/csv, and lists the cells the service refused', async () => {
    await i18n.changeLanguage('en');
    let answer: { status: number; body: unknown } = { status: 400, body: { status: 400, detail: 'Row 2 has errors; nothing was imported',
      errors: [{ field: 'sales[1].amountMinor', message: 'must be a whole number of paise' }] } };
    const calls = mockApi({ 'GET /businesses': [BUSINESS], 'POST /businesses/b-1/sales/import': () => answer });
    renderAt('/sales', '/sales', <SalesPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Import' }));
    expect(screen.getByText('Choose a CSV file.')).toBeTruthy();

    const csv = 'externalId,phone,name,amountMinor,currency\nB-1,+919812345678,Asha,150000,INR\nB-2,+919812345679,Ravi,abc,INR\n';
    await userEvent.upload(screen.getByLabelText('Sales file (CSV)'), new File([csv], 'sales.csv', { type: 'text/csv' }));
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Row 2 has errors; nothing was imported')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Cells to fix' }).textContent).toBe('sales[1].amountMinor: must be a whole number of paise');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.contentType).toBe('text/csv');
    expect(post.body).toBe(csv);

    answer = { status: 200, body: { received: 2, created: 1, alreadyRecorded: 1, sales: [] } };
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('2 rows read: 1 new, 1 recorded before.')).toBeTruthy();
  });
});
