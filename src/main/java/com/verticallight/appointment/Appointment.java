package com.verticallight.appointment;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A booked visit of a contact to a business. */
@Entity
@Table(name = "appointment")
public class Appointment extends TenantOwned {

    @Column(name = "business_id")
    public UUID businessId;

    @Column(name = "contact_id")
    public UUID contactId;

    @Column(name = "service_name")
    public String serviceName;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    @Column(name = "staff_name")
    public String staffName;

    @Enumerated(EnumType.STRING)
    public AppointmentStatus status;

    /** Grows with every reschedule; the reminders of each revision have keys of their own. */
    public int revision;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
