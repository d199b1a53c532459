package com.verticallight.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** What a plan costs and allows; reference data maintained by migrations. */
@Entity
@Immutable
@Table(name = "plan")
public class Plan {

    @Id
    @Enumerated(EnumType.STRING)
    public PlanCode code;

    @Enumerated(EnumType.STRING)
    public Tier tier;

    @Column(name = "monthly_price_minor")
    public long monthlyPriceMinor;

    public String currency;

    @Column(name = "max_locations")
    public int maxLocations;

    @Column(name = "max_team_members")
    public int maxTeamMembers;

    @Column(name = "max_api_keys")
    public int maxApiKeys;

    @Column(name = "max_workflows")
    public int maxWorkflows;

    @Column(name = "max_ai_models")
    public int maxAiModels;

    @Column(name = "max_predictions_per_day")
    public int maxPredictionsPerDay;

    @Column(name = "max_api_requests_per_hour")
    public int maxApiRequestsPerHour;

    @Column(name = "data_retention_days")
    public int dataRetentionDays;

    /** Razorpay's period ("monthly", "yearly"...) and how many periods between charges. */
    @Column(name = "billing_period")
    public String billingPeriod;

    @Column(name = "billing_interval")
    public int billingInterval;

    public long allowed(Limit limit) {
        return switch (limit) {
            case LOCATIONS -> maxLocations;
            case TEAM_MEMBERS -> maxTeamMembers;
            case API_KEYS -> maxApiKeys;
            case WORKFLOWS -> maxWorkflows;
            case AI_MODELS -> maxAiModels;
            case PREDICTIONS_PER_DAY -> maxPredictionsPerDay;
            case API_REQUESTS_PER_HOUR -> maxApiRequestsPerHour;
        };
    }
}
