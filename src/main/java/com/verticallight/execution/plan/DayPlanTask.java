package com.verticallight.execution.plan;

import com.verticallight.channel.ChannelKind;
import com.verticallight.i18n.Words;
import com.verticallight.i18n.WordsColumn;
import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One task of a day plan: done by the automation through the gateway, or handed to a person. */
@Entity
@Table(name = "daily_plan_task")
public class DayPlanTask extends TenantOwned {

    public enum Mode {
        AUTOMATED, MANUAL
    }

    public enum Status {
        /** Not run yet. */
        PLANNED,
        RUNNING,
        /** Sent on a live connection. */
        DONE,
        /** Recorded by a sandbox connection: would have been sent, not counted as work done. */
        SIMULATED,
        /** Failed after the gateway's retries; a manual task took it over. */
        FAILED,
        /** Refused by the send policy or deferred by quiet hours. */
        WITHHELD,
        /** Handed to a person from the start. */
        MANUAL,
        /** Not attempted: its channel needs reconnecting. */
        BLOCKED
    }

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "business_id")
    public UUID businessId;

    /** Stable within the plan (e.g. "post:FACEBOOK_PAGE"); part of the idempotency key of its side effect. */
    @Column(name = "task_key")
    public String taskKey;

    public int position;

    @Column(name = "task_type")
    public String taskType;

    @Enumerated(EnumType.STRING)
    public ChannelKind channel;

    @Column(name = "connection_id")
    public UUID connectionId;

    @Enumerated(EnumType.STRING)
    public Mode mode;

    public String title;

    public String detail;

    /** The data that caused this task, in words. */
    public String trigger;

    /** The outbound action as JSON, for automated tasks. */
    public String action;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Column(name = "manual_task_id")
    public UUID manualTaskId;

    public String error;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** The title, reason and other words as catalogue phrases, so each reader sees them in their language. */
    @Convert(converter = WordsColumn.class)
    public Words words;

    @Version
    public int version;
}
