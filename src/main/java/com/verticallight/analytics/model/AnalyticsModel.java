package com.verticallight.analytics.model;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A model of the tenant (optionally of one business): what it learns, from which data, and which version serves. */
@Entity
@Table(name = "analytics_model")
public class AnalyticsModel extends TenantOwned {

    @Column(name = "business_id")
    public UUID businessId;

    public String name;

    @Enumerated(EnumType.STRING)
    public ModelKind kind;

    public String algorithm;

    public String target;

    /** JSON array of the feature names the model uses. */
    public String features;

    @Column(name = "training_window_days")
    public int trainingWindowDays;

    @Enumerated(EnumType.STRING)
    public ModelStatus status;

    @Column(name = "deployed_version")
    public Integer deployedVersion;

    @Column(name = "retrain_every_days")
    public Integer retrainEveryDays;

    @Column(name = "drift_threshold")
    public Double driftThreshold;

    @Column(name = "prediction_threshold")
    public Double predictionThreshold;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
