package com.verticallight.appointment;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** How a business's appointment and payment reminders are timed. Absent means the defaults. */
@Entity
@Table(name = "reminder_setting")
public class ReminderSetting extends TenantOwned {

    @Column(name = "business_id")
    public UUID businessId;

    @Convert(converter = MinutesListColumn.class)
    @Column(name = "appointment_offsets_minutes")
    public List<Integer> appointmentOffsetsMinutes;

    @Column(name = "payment_days_before")
    public int paymentDaysBefore;

    @Column(name = "payment_every_days")
    public int paymentEveryDays;

    @Column(name = "payment_max_reminders")
    public int paymentMaxReminders;

    @Column(name = "payment_send_time")
    public LocalTime paymentSendTime;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
