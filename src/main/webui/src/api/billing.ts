// What the billing API speaks (docs/billing.md, docs/api.md "Billing"). Money is in paise with its currency.
import { ApiError } from './client';
import { loadSession } from '../auth/session';

export type BillingState = 'TRIALING' | 'FREE' | 'ACTIVE' | 'PAST_DUE' | 'HALTED' | 'CANCELLED';
export type PlanCode = 'TRIAL' | 'FREE' | 'BASIC' | 'PREMIUM' | 'ENTERPRISE';

export interface BillingPlan {
  code: PlanCode;
  tier: 'LOCAL' | 'ENTERPRISE';
  monthlyPriceMinor: number;
  currency: string;
  maxLocations: number;
  maxTeamMembers: number;
  maxWorkflows: number;
  billingPeriod: string;
  billingInterval: number;
}

export interface Billing {
  state: BillingState;
  limits: BillingPlan;
  subscribedPlan: PlanCode | null;
  pendingPlan: PlanCode | null;
  checkoutUrl: string | null;
  mode: 'SANDBOX' | 'LIVE';
  checkoutAvailable: boolean;
  trialEndsAt: string | null;
  currentPeriodEnd: string | null;
  nextChargeAt: string | null;
  nextChargeMinor: number | null;
  currency: string;
  graceEndsAt: string | null;
  cancelAt: string | null;
  gstin: string | null;
  legalName: string | null;
  placeOfSupply: string | null;
  plans: BillingPlan[];
  note: string | null;
}

export interface Invoice {
  id: string;
  number: string;
  financialYear: string;
  issuedAt: string;
  description: string;
  planCode: string;
  paymentId: string;
  customerName: string;
  customerGstin: string | null;
  placeOfSupply: string;
  taxableMinor: number;
  cgstMinor: number;
  sgstMinor: number;
  igstMinor: number;
  totalMinor: number;
  currency: string;
  pdfUrl: string;
}

/** How choosing this plan relates to what is paid for now. */
export type PlanAction = 'current' | 'pending' | 'upgrade' | 'downgrade' | 'buy';

const PAYING: BillingState[] = ['ACTIVE', 'PAST_DUE', 'HALTED'];

export function planAction(billing: Billing, plan: BillingPlan): PlanAction {
  if (billing.pendingPlan === plan.code) return 'pending';
  const paying = PAYING.includes(billing.state) && billing.subscribedPlan !== null;
  if (!paying) return 'buy';
  if (billing.subscribedPlan === plan.code) return 'current';
  const current = billing.plans.find((p) => p.code === billing.subscribedPlan);
  return current && plan.monthlyPriceMinor < current.monthlyPriceMinor ? 'downgrade' : 'upgrade';
}

/** Whether there is something the owner can cancel. */
export function canCancel(billing: Billing): boolean {
  return (billing.pendingPlan !== null && !PAYING.includes(billing.state))
    || (PAYING.includes(billing.state) && billing.subscribedPlan !== null && billing.cancelAt === null);
}

const GSTIN_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The same check the service makes: 15 characters (state code, PAN, entity number, Z, check character) with the
 * GSTN mod-36 check character. Returns the message key of the problem, or null when it is valid.
 */
export function gstinProblem(value: string): string | null {
  const gstin = value.trim().toUpperCase();
  if (!/^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/.test(gstin)) return 'billing.gstinFormat';
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const product = GSTIN_CHARS.indexOf(gstin[i]) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return GSTIN_CHARS[(36 - (sum % 36)) % 36] === gstin[14] ? null : 'billing.gstinCheck';
}

/** Downloads an invoice's PDF with the session's token (a plain link would not carry it). */
export async function downloadInvoice(invoice: Invoice): Promise<void> {
  const session = loadSession();
  const response = await fetch(invoice.pdfUrl, {
    headers: session ? { Authorization: `Bearer ${session.accessToken}` } : {},
  });
  if (!response.ok) throw new ApiError({ status: response.status, title: response.statusText, detail: response.statusText });
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `${invoice.number}.pdf`;
  link.click();
  URL.revokeObjectURL(url);
}
