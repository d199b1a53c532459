package com.verticallight.billing;

/**
 * Where a tenant's subscription stands. TRIALING: a new account, on the trial's limits. FREE: no paid plan (the trial
 * ended, or a paid plan lapsed).
 * A checkout not paid yet is a pending change beside the state (the limits are unchanged until it is paid).
 * ACTIVE: paid, the plan's limits apply. PAST_DUE: a renewal failed; the paid limits stay during the grace period.
 * HALTED: Razorpay stopped retrying; CANCELLED: the subscription ended or will end at the paid period's end.
 */
public enum BillingState {
    TRIALING, FREE, ACTIVE, PAST_DUE, HALTED, CANCELLED
}
