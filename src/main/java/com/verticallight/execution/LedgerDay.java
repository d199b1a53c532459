package com.verticallight.execution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One business's ledger rows of one kind that ended on one local day (in the business's time zone), counted. Written
 * only by the database's triggers on automation_ledger (V68), in the transaction that writes the ledger; read here.
 */
@Entity
@Immutable
@Table(name = "ledger_day")
@IdClass(LedgerDay.Key.class)
public class LedgerDay {

    @Id
    @Column(name = "tenant_id")
    public UUID tenantId;

    @Id
    @Column(name = "business_id")
    public UUID businessId;

    @Id
    public LocalDate day;

    @Id
    @Column(name = "task_type")
    public String taskType;

    @Id
    public boolean automated;

    @Id
    public boolean sandbox;

    @Id
    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Id
    @Column(name = "minutes_saved_baseline")
    public int minutesSavedBaseline;

    public long tasks;

    @Column(name = "revenue_minor")
    public long revenueMinor;

    public static class Key implements Serializable {

        public UUID tenantId;
        public UUID businessId;
        public LocalDate day;
        public String taskType;
        public boolean automated;
        public boolean sandbox;
        public Outcome outcome;
        public int minutesSavedBaseline;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && automated == k.automated && sandbox == k.sandbox
                    && minutesSavedBaseline == k.minutesSavedBaseline && Objects.equals(tenantId, k.tenantId)
                    && Objects.equals(businessId, k.businessId) && Objects.equals(day, k.day)
                    && Objects.equals(taskType, k.taskType) && outcome == k.outcome;
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, businessId, day, taskType, automated, sandbox, outcome, minutesSavedBaseline);
        }
    }
}
