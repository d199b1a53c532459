package com.verticallight.billing;

import com.verticallight.tenant.PlanCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A tenant's subscription to the product and its tax details; one row per tenant, found by the tenant's id. */
@Entity
@Table(name = "billing_account")
public class BillingAccount {

    @Id
    @Column(name = "tenant_id")
    public UUID tenantId;

    @Enumerated(EnumType.STRING)
    public BillingState state;

    /** The plan paid for (or, while PENDING from the trial, the plan being bought). */
    @Enumerated(EnumType.STRING)
    @Column(name = "plan_code")
    public PlanCode plan;

    @Column(name = "subscription_id")
    public String subscriptionId;

    /** Razorpay's hosted checkout of the subscription waiting to be paid. */
    @Column(name = "checkout_url")
    public String checkoutUrl;

    /** SANDBOX or LIVE: the account the subscription was made with. */
    public String mode;

    @Column(name = "current_start")
    public Instant currentStart;

    @Column(name = "current_end")
    public Instant currentEnd;

    @Column(name = "grace_ends_at")
    public Instant graceEndsAt;

    @Column(name = "cancel_at")
    public Instant cancelAt;

    public String gstin;

    @Column(name = "legal_name")
    public String legalName;

    @Column(name = "place_of_supply")
    public String placeOfSupply;

    /** A plan change waiting for its subscription's first payment. */
    @Enumerated(EnumType.STRING)
    @Column(name = "pending_plan_code")
    public PlanCode pendingPlan;

    @Column(name = "pending_subscription_id")
    public String pendingSubscriptionId;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
