package com.verticallight.channel.gateway;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionMode;
import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The delivery log, read side: one row per outbound action (written by {@link DeliveryLog}). */
@Entity
@Table(name = "delivery")
public class Delivery extends TenantOwned {

    @Column(name = "connection_id")
    public UUID connectionId;

    @Enumerated(EnumType.STRING)
    public ChannelKind channel;

    @Column(name = "action_type")
    public String actionType;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    public String recipient;

    @Enumerated(EnumType.STRING)
    public ConnectionMode mode;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;

    @Column(name = "platform_id")
    public String platformId;

    @Column(name = "error_kind")
    public String errorKind;

    @Column(name = "error_code")
    public String errorCode;

    @Column(name = "error_message")
    public String errorMessage;

    public int attempts;

    /** JSON array of the redacted requests: sent (live) or that would have been sent (sandbox). */
    public String requests;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
