import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { mockApi, renderAt } from '../test/render';
import { canCancel, gstinProblem, planAction, type Billing } from '../api/billing';
import { BillingPage } from './Billing';

afterEach(() => vi.unstubAllGlobals());

const plan = (code: string, price: number) => ({ code, tier: code === 'ENTERPRISE' ? 'ENTERPRISE' : 'LOCAL', monthlyPriceMinor: price,
  currency: 'INR', maxLocations: code === 'ENTERPRISE' ? 100 : 1, maxTeamMembers: 3, maxWorkflows: 3, billingPeriod: 'monthly', billingInterval: 1 });
const PLANS = [plan('BASIC', 99900), plan('PREMIUM', 249900), plan('ENTERPRISE', 2500000)];

const billing = (extra: Partial<Billing> = {}): Billing => ({
  state: 'TRIALING', limits: plan('TRIAL', 0) as Billing['limits'], subscribedPlan: null, pendingPlan: null, checkoutUrl: null,
  mode: 'LIVE', checkoutAvailable: false, trialEndsAt: '2026-12-21T00:00:00Z', currentPeriodEnd: null, nextChargeAt: null,
  nextChargeMinor: null, currency: 'INR', graceEndsAt: null, cancelAt: null, gstin: null, legalName: null, placeOfSupply: null,
  plans: PLANS as Billing['plans'], note: null, ...extra,
});

describe('billing logic', () => {
  it('checks a GSTIN by format and by its check character', () => {
    expect(gstinProblem('27AAPFU0939F1ZV')).toBeNull();
    expect(gstinProblem('19aapfu0939f1zs')).toBeNull();
    expect(gstinProblem('27AAPFU0939F1ZW')).toBe('billing.gstinCheck');
    expect(gstinProblem('27AAPFU0939F1Z')).toBe('billing.gstinFormat');
  });

  it('names each plan an upgrade, a downgrade, the current one or a first purchase', () => {
    const paying = billing({ state: 'ACTIVE', subscribedPlan: 'PREMIUM' });
    expect(PLANS.map((p) => planAction(paying, p as Billing['plans'][0]))).toEqual(['downgrade', 'current', 'upgrade']);
    expect(planAction(billing(), PLANS[0] as Billing['plans'][0])).toBe('buy');
    expect(planAction(billing({ pendingPlan: 'BASIC' }), PLANS[0] as Billing['plans'][0])).toBe('pending');
    expect(canCancel(paying)).toBe(true);
    expect(canCancel(billing())).toBe(false);
    expect(canCancel(billing({ state: 'ACTIVE', subscribedPlan: 'PREMIUM', cancelAt: '2027-01-01T00:00:00Z' }))).toBe(false);
  });
});

describe('Billing page', () => {
  it('shows the trial, prices the Indian way, starts a checkout and lists invoices with their GST', async () => {
    await i18n.changeLanguage('en');
    const calls = mockApi({
      'GET /billing': billing(),
      'POST /billing/plan': billing({ pendingPlan: 'BASIC', checkoutUrl: 'https://rzp.io/i/sub_1', checkoutAvailable: true }),
      'GET /billing/invoices': [{ id: 'i-1', number: 'VL2627-000001', financialYear: '2026-27', issuedAt: '2026-12-07T10:00:00Z',
        description: 'Vertical Light OS BASIC plan subscription', planCode: 'BASIC', paymentId: 'pay_1', customerName: 'Asha Salon',
        customerGstin: null, placeOfSupply: '19', taxableMinor: 84661, cgstMinor: 0, sgstMinor: 0, igstMinor: 15239, totalMinor: 99900,
        currency: 'INR', pdfUrl: '/api/v1/billing/invoices/i-1.pdf' }],
    });
    renderAt('/billing', '/billing', <BillingPage />);
    expect(await screen.findByText('On trial')).toBeTruthy();
    expect(screen.getByText('₹999.00 a month, GST included')).toBeTruthy();
    expect(screen.getByText('₹25,000.00 a month, GST included')).toBeTruthy();
    expect(await screen.findByText('₹999.00 paid (₹846.61 before GST)')).toBeTruthy();
    expect(screen.getByText('IGST 18%: ₹152.39')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Choose Local' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/billing/plan')).toBe(true));
    expect(calls.find((c) => c.path === '/billing/plan')?.body).toEqual({ plan: 'BASIC' });
    const pay = await screen.findByRole('link', { name: 'Pay on Razorpay' });
    expect(pay.getAttribute('href')).toBe('https://rzp.io/i/sub_1');
  });

  it('refuses a mistyped GSTIN before sending and says sandbox plainly in Hindi', async () => {
    await i18n.changeLanguage('hi');
    const calls = mockApi({ 'GET /billing': billing({ mode: 'SANDBOX' }), 'GET /billing/invoices': [] });
    renderAt('/billing', '/billing', <BillingPage />);
    expect(await screen.findByText(/बिलिंग सैंडबॉक्स में है/)).toBeTruthy();
    const form = screen.getByRole('button', { name: 'GST विवरण सहेजें' }).closest('form')!;
    await userEvent.type(within(form).getByLabelText('GSTIN'), '27AAPFU0939F1ZW');
    await userEvent.click(within(form).getByRole('button', { name: 'GST विवरण सहेजें' }));
    expect(screen.getByText('इस GSTIN का आख़िरी अक्षर मेल नहीं खाता: टाइपिंग की गलती जाँचें।')).toBeTruthy();
    expect(calls.some((c) => c.path === '/billing/tax-details')).toBe(false);
    await i18n.changeLanguage('en');
  });
});
