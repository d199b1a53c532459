package com.verticallight.payment;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An amount a contact owes the business, with the link to pay it. */
@Entity
@Table(name = "payment_request")
public class PaymentRequest extends TenantOwned {

    @Column(name = "business_id")
    public UUID businessId;

    @Column(name = "contact_id")
    public UUID contactId;

    @Column(name = "amount_minor")
    public long amountMinor;

    public String currency;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "payment_link")
    public String paymentLink;

    public String description;

    @Enumerated(EnumType.STRING)
    public PaymentStatus status;

    @Column(name = "reminders_planned")
    public int remindersPlanned;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** When it was found unpaid after its due date (payment.overdue was written then, once). */
    @Column(name = "overdue_at")
    public Instant overdueAt;

    /** The Razorpay payment link made for it through the business's Razorpay connection, if any. */
    @Column(name = "razorpay_link_id")
    public String razorpayLinkId;

    /** SANDBOX (recorded, not payable) or LIVE, for a Razorpay link. */
    @Column(name = "payment_link_mode")
    public String paymentLinkMode;

    /** How it was marked paid: BY_OWNER, or RAZORPAY when Razorpay's signed webhook said so. */
    @Column(name = "paid_via")
    public String paidVia;

    @Version
    public int version;
}
