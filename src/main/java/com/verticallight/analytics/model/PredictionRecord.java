package com.verticallight.analytics.model;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A prediction a deployed version made, and the feedback on it (correct, or the actual value). */
@Entity
@Table(name = "analytics_prediction")
public class PredictionRecord extends TenantOwned {

    @Column(name = "model_id")
    public UUID modelId;

    @Column(name = "version_number")
    public int versionNumber;

    public String inputs;

    public String prediction;

    public Double value;

    public Double confidence;

    public String details;

    /** For a forecast: the day it is about (its actual arrives with that day's data). */
    @Column(name = "target_date")
    public LocalDate targetDate;

    public Boolean correct;

    public Double actual;

    @Column(name = "feedback_at")
    public Instant feedbackAt;

    @Column(name = "created_at")
    public Instant createdAt;
}
