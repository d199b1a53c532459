package com.verticallight.referral;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A customer's own code for one business; a sale that gives it is credited to them. */
@Entity
@Table(name = "referral_code")
public class ReferralCode extends TenantOwned {

    @Column(name = "business_id")
    public UUID businessId;

    @Column(name = "contact_id")
    public UUID contactId;

    public String code;

    @Enumerated(EnumType.STRING)
    public ReferralSetting.Trigger trigger;

    /** SCHEDULED until its message was tried, then the delivery's status (SENT, SIMULATED, DEFERRED, REFUSED...). */
    @Column(name = "send_status")
    public String sendStatus;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Column(name = "created_at")
    public Instant createdAt;
}
