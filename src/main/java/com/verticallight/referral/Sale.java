package com.verticallight.referral;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A completed sale of a business to a contact, possibly referred by another customer's code. */
@Entity
@Table(name = "sale")
public class Sale extends TenantOwned {

    @Column(name = "business_id")
    public UUID businessId;

    @Column(name = "contact_id")
    public UUID contactId;

    @Column(name = "amount_minor")
    public long amountMinor;

    public String currency;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "external_id")
    public String externalId;

    @Column(name = "referral_code_id")
    public UUID referralCodeId;

    @Column(name = "referrer_contact_id")
    public UUID referrerContactId;

    /**
     * SCHEDULED, then the delivery's status (SENT, SIMULATED, DEFERRED, REFUSED, FAILED), or why none was sent:
     * TOO_OLD (imported long after the sale), RECENTLY_ASKED (the customer was asked within the cooldown, or an
     * ask is already pending), NO_REVIEW_LINK, NO_PHONE, NO_CHANNEL.
     */
    @Column(name = "review_request_status")
    public String reviewRequestStatus;

    @Column(name = "review_request_delivery_id")
    public UUID reviewRequestDeliveryId;

    /** When the review request went out to the customer; the cooldown is measured from it. */
    @Column(name = "review_requested_at")
    public Instant reviewRequestedAt;

    @Column(name = "created_at")
    public Instant createdAt;
}
