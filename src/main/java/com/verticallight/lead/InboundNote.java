package com.verticallight.lead;

import com.verticallight.channel.ChannelKind;
import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A message a customer sent us, kept for the conversation view. */
@Entity
@Table(name = "inbound_message")
public class InboundNote extends TenantOwned {

    @Column(name = "contact_id")
    public UUID contactId;

    @Column(name = "business_id")
    public UUID businessId;

    @Enumerated(EnumType.STRING)
    public ChannelKind channel;

    @Column(name = "message_id")
    public String messageId;

    public String body;

    @Column(name = "received_at")
    public Instant receivedAt;
}
