package com.verticallight.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.verticallight.analytics.model.ModelKind;
import com.verticallight.analytics.model.ModelStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the analytics API takes and answers. */
public final class AnalyticsViews {

    private AnalyticsViews() {
    }

    @Schema(name = "ModelRequest")
    public record ModelRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 _.-]*", message = "{vl.pattern.modelName}") String name,
            @NotNull ModelKind kind,
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9_]+") @Schema(description = "FORECAST: REVENUE or APPOINTMENTS; CLASSIFICATION: CHURN; ANOMALY: REVENUE, APPOINTMENTS, LEADS or DELIVERIES_FAILED; REGRESSION: CUSTOMER_SPEND_90D; CLUSTERING: CUSTOMER_SEGMENTS") String target,
            @Size(max = 40) @Pattern(regexp = "[A-Z_]+") @Schema(description = "Optional; the one algorithm of the kind (HOLT_WINTERS, LOGISTIC_REGRESSION, SEASONAL_MAD, LINEAR_REGRESSION, K_MEANS)") String algorithm,
            UUID businessId,
            @Min(28) @Max(1500) Integer trainingWindowDays,
            @Min(1) @Max(365) Integer retrainEveryDays,
            @DecimalMin("1.0") @DecimalMax("100.0") Double driftThreshold,
            @DecimalMin("0.0") @DecimalMax("1000000000000") Double predictionThreshold) {
    }

    @Schema(name = "AnalyticsModel")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ModelView(UUID id, UUID businessId, String name, ModelKind kind, String algorithm, String target,
            List<String> features, int trainingWindowDays, ModelStatus status, Integer deployedVersion,
            Integer retrainEveryDays, Double driftThreshold, Double predictionThreshold, UUID createdBy,
            Instant createdAt, Instant updatedAt, VersionView latestVersion, Map<String, Object> deployedMetrics) {
    }

    @Schema(name = "ModelVersion")
    public record VersionView(int number, String status, String reason, int progress, UUID jobId, LocalDate dataFrom,
            LocalDate dataTo, Integer rowCount, Map<String, Object> metrics, Map<String, Object> decision, String error,
            boolean deployed, Instant createdAt, Instant startedAt, Instant finishedAt) {
    }

    @Schema(name = "DeployRequest")
    public record DeployRequest(@NotNull @Min(1) @Max(1_000_000) Integer version) {
    }

    @Schema(name = "PredictRequest")
    public record PredictRequest(
            @Schema(description = "FORECAST: {\"date\":\"2027-01-05\"} (default tomorrow). CLASSIFICATION (churn): "
                    + "{\"contactId\":\"…\"} or every feature by name; REGRESSION (spend) and CLUSTERING (segments): the same") @Size(max = 20) Map<@Size(max = 40) String, Object> inputs) {
    }

    @Schema(name = "BatchPredictRequest")
    public record BatchPredictRequest(@NotNull @Size(min = 1, max = 500) List<@Valid @NotNull PredictRequest> items) {
    }

    @Schema(name = "Prediction")
    public record PredictionView(UUID id, UUID modelId, int version, String prediction, Double value,
            Double confidence, Map<String, Object> details, LocalDate targetDate, Boolean correct, Double actual,
            Instant feedbackAt, Instant createdAt) {
    }

    @Schema(name = "FeedbackRequest")
    public record FeedbackRequest(Boolean correct,
            @DecimalMin("-1000000000000") @DecimalMax("1000000000000") Double actual) {
    }

    @Schema(name = "ForecastPoint")
    public record ForecastPoint(LocalDate date, double value, Double lower, Double upper) {
    }

    @Schema(name = "Forecast")
    public record ForecastView(UUID modelId, int version, String target, String unit, String currency,
            LocalDate lastTrainedDay, List<ForecastPoint> actuals, List<ForecastPoint> forecast,
            Map<String, Object> holdoutMetrics) {
    }

    @Schema(name = "RiskReason")
    public record RiskReason(String feature, double value) {
    }

    @Schema(name = "CustomerAtRisk")
    public record CustomerAtRisk(UUID contactId, String name, String phone, double probability,
            long valueAtRiskMonthlyMinor, String currency, LocalDate lastVisit, List<RiskReason> reasons) {
    }

    @Schema(name = "CustomersAtRisk")
    public record CustomersAtRiskView(UUID modelId, int version, int scored, int atRisk,
            long valueAtRiskMonthlyMinor, String currency, List<CustomerAtRisk> customers) {
    }

    @Schema(name = "DetectRequest")
    public record DetectRequest(@NotNull UUID businessId,
            @Size(max = 30) @Pattern(regexp = "REVENUE|APPOINTMENTS|LEADS|DELIVERIES_FAILED") String metric,
            @Min(1) @Max(90) Integer days) {
    }

    @Schema(name = "Anomaly")
    public record AnomalyView(UUID id, UUID businessId, String metric, LocalDate day, double actual, double expected,
            double score, String severity, String direction, Long impactMinor, String currency, String status,
            Instant createdAt, Instant updatedAt) {
    }

    @Schema(name = "AnomalyStatusRequest")
    public record AnomalyStatusRequest(
            @NotNull @Size(max = 14) @Pattern(regexp = "OPEN|ACKNOWLEDGED|RESOLVED|FALSE_ALARM") String status) {
    }

    @Schema(name = "ModelPerformance")
    public record PerformanceView(UUID modelId, Integer deployedVersion, List<VersionView> versions,
            LivePerformance live) {
    }

    @Schema(name = "LivePerformance")
    public record LivePerformance(long predictions, long withFeedback, Double accuracy, Double mae,
            Double holdoutError, Double liveError, boolean drifting) {
    }

    @Schema(name = "AnomalyAccuracy", description = "Precision of the detector from the tenant's labels (RESOLVED = "
            + "real, FALSE_ALARM = not); recall only per severity cut among the confirmed anomalies, as missed days "
            + "are not labelled")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AnomalyAccuracyView(String metric, int labelled, int resolved, int falseAlarms, int unlabelled,
            Double precision, List<SeverityCut> bySeverity) {
    }

    @Schema(name = "AnomalySeverityCut")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SeverityCut(String fromSeverity, int flagged, Double precision, Double recallOfConfirmed) {
    }

    @Schema(name = "ServiceDemand", description = "Expected appointments per service, weekday and hour (local time) "
            + "for staffing: the mean of the last weeks, checked on the last 7 days against the week before's count")
    public record ServiceDemandView(UUID businessId, int weeks, LocalDate from, LocalDate to, String timeZone,
            List<com.verticallight.analytics.demand.ServiceDemand.Service> services,
            com.verticallight.analytics.demand.ServiceDemand.Holdout holdout) {
    }
}
