package com.verticallight.intelligence.insight;

import com.fasterxml.jackson.core.type.TypeReference;
import com.verticallight.execution.Priority;
import com.verticallight.platform.json.JsonColumn;
import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An insight or opportunity for a business, with the evidence it came from. */
@Entity
@Table(name = "insight")
public class Insight extends TenantOwned {

    public enum Status {
        NEW, DONE, DISMISSED
    }

    @Column(name = "business_id")
    public UUID businessId;

    public String type;

    public String subject;

    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    @Column(name = "impact_score")
    public int impactScore;

    @Column(name = "expected_impact")
    public String expectedImpact;

    @Column(name = "effort_minutes")
    public int effortMinutes;

    @Column(name = "cost_minor")
    public long costMinor;

    public String currency;

    @Column(name = "actionable_today")
    public boolean actionableToday;

    @Convert(converter = EvidenceColumn.class)
    public Map<String, Object> evidence;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    @Converter
    public static class EvidenceColumn extends JsonColumn<Map<String, Object>> {
        public EvidenceColumn() {
            super(new TypeReference<>() {
            });
        }
    }
}
