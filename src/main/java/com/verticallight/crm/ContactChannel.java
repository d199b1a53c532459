package com.verticallight.crm;

import com.verticallight.channel.ChannelKind;
import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What a contact agreed to, refused and last sent on one channel. */
@Entity
@Table(name = "contact_channel")
public class ContactChannel extends TenantOwned {

    @Column(name = "contact_id", nullable = false, updatable = false)
    public UUID contactId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ChannelKind channel;

    @Column(name = "consent_at")
    public Instant consentAt;

    @Column(name = "consent_source")
    public String consentSource;

    @Column(name = "opted_out_at")
    public Instant optedOutAt;

    @Column(name = "opt_out_reason")
    public String optOutReason;

    @Column(name = "last_inbound_at")
    public Instant lastInboundAt;

    boolean optedOut() {
        return optedOutAt != null;
    }

    ChannelStatus status() {
        return new ChannelStatus(channel, consentAt, consentSource, optedOutAt, optOutReason, lastInboundAt);
    }
}
