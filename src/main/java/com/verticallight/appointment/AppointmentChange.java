package com.verticallight.appointment;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change of an appointment and its cause: the API, or a customer's reply (with the message id). */
@Entity
@Table(name = "appointment_change")
public class AppointmentChange extends TenantOwned {

    public enum Cause {
        API, REPLY
    }

    @Column(name = "appointment_id")
    public UUID appointmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public AppointmentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public AppointmentStatus toStatus;

    @Column(name = "from_starts_at")
    public Instant fromStartsAt;

    @Column(name = "to_starts_at")
    public Instant toStartsAt;

    @Enumerated(EnumType.STRING)
    public Cause cause;

    public String detail;

    @Column(name = "message_id")
    public String messageId;

    @Column(name = "created_at")
    public Instant createdAt;
}
