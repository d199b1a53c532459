package com.verticallight.execution;

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

/** Work the automation hands to a person, with the reason and the guidance to do it. */
@Entity
@Table(name = "manual_task")
public class ManualTask extends TenantOwned {

    @Column(name = "business_id")
    public UUID businessId;

    public String title;

    public String reason;

    @Column(name = "guidance_key")
    public String guidanceKey;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    @Column(name = "estimated_minutes")
    public int estimatedMinutes;

    @Column(name = "potential_impact")
    public String potentialImpact;

    @Enumerated(EnumType.STRING)
    public TaskStatus status;

    /** The data that caused the task, in words (e.g. the platform failure). */
    @Column(name = "trigger")
    public String trigger;

    public String reference;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "minutes_spent")
    public Integer minutesSpent;

    @Column(name = "dismissed_reason")
    public String dismissedReason;

    /** The title, reason and other words as catalogue phrases, so each reader sees them in their language. */
    @Convert(converter = WordsColumn.class)
    public Words words;

    @Version
    public int version;
}
