package com.verticallight.analytics;

import com.verticallight.analytics.AnalyticsViews.AnomalyStatusRequest;
import com.verticallight.analytics.AnalyticsViews.AnomalyAccuracyView;
import com.verticallight.analytics.AnalyticsViews.ServiceDemandView;
import com.verticallight.analytics.AnalyticsViews.AnomalyView;
import com.verticallight.analytics.AnalyticsViews.BatchPredictRequest;
import com.verticallight.analytics.AnalyticsViews.CustomersAtRiskView;
import com.verticallight.analytics.AnalyticsViews.DeployRequest;
import com.verticallight.analytics.AnalyticsViews.DetectRequest;
import com.verticallight.analytics.AnalyticsViews.FeedbackRequest;
import com.verticallight.analytics.AnalyticsViews.ForecastView;
import com.verticallight.analytics.AnalyticsViews.ModelRequest;
import com.verticallight.analytics.AnalyticsViews.ModelView;
import com.verticallight.analytics.AnalyticsViews.PerformanceView;
import com.verticallight.analytics.AnalyticsViews.PredictRequest;
import com.verticallight.analytics.AnalyticsViews.PredictionView;
import com.verticallight.analytics.AnalyticsViews.VersionView;
import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The analytics hub: models and their versions, predictions and feedback, forecasts, churn, anomalies. */
@Path("/api/v1/analytics")
@Tag(name = "Analytics", description = "Model registry, forecasts, churn, anomalies, predictions")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AnalyticsResource {

    private final ModelService models;
    private final PredictionService predictions;
    private final Performance performance;
    private final InsightService insights;
    private final AnomalyService anomalies;
    private final AnomalyLabels labels;
    private final ServiceDemandService demand;

    public AnalyticsResource(ModelService models, PredictionService predictions, Performance performance,
            InsightService insights, AnomalyService anomalies, AnomalyLabels labels, ServiceDemandService demand) {
        this.demand = demand;
        this.labels = labels;
        this.models = models;
        this.predictions = predictions;
        this.performance = performance;
        this.insights = insights;
        this.anomalies = anomalies;
    }

    @POST
    @Path("/models")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Create a model (DRAFT); counts against the plan's AI models")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request: the errors name the field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed, or the plan's AI models limit is reached (limit ai_models)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@Valid @NotNull ModelRequest request) {
        return models.create(request).map(m -> Response.status(201).header("Location", "/api/v1/analytics/models/" + m.id()).entity(m).build());
    }

    @GET
    @Path("/models")
    @RolesAllowed(Permission.ANALYTICS_READ)
    @Operation(summary = "The tenant's models with status, latest version and the deployed version's holdout metrics")
    @APIResponse(responseCode = "200", description = "Models", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelView.class, type = SchemaType.ARRAY)))
    public Uni<List<ModelView>> list() {
        return models.list();
    }

    @GET
    @Path("/models/{modelId}")
    @RolesAllowed(Permission.ANALYTICS_READ)
    @Operation(summary = "One model")
    @APIResponse(responseCode = "200", description = "The model", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelView.class)))
    @APIResponse(responseCode = "404", description = "No such model", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ModelView> get(@PathParam("modelId") UUID modelId) {
        return models.get(modelId);
    }

    @DELETE
    @Path("/models/{modelId}")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Delete a model with its versions and predictions")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such model", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Void> delete(@PathParam("modelId") UUID modelId) {
        return models.delete(modelId);
    }

    @POST
    @Path("/models/{modelId}/train")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Train a new version as a durable job (checks the data first)")
    @APIResponse(responseCode = "202", description = "Queued: poll the version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "404", description = "No such model", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed, or the plan's trainings per day are used (limit trainings_per_day)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not enough data yet (says what is missing), retired, or a training is running", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> train(@PathParam("modelId") UUID modelId) {
        return models.train(modelId, false).map(v -> Response.status(202).entity(v).build());
    }

    @POST
    @Path("/models/{modelId}/retrain")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Retrain; the new version is deployed only if it beats the serving one on the same holdout")
    @APIResponse(responseCode = "202", description = "Queued: the version's decision tells whether it was deployed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "404", description = "No such model", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed, or trainings per day used", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not enough data yet, nothing deployed, or a training is running", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> retrain(@PathParam("modelId") UUID modelId) {
        return models.train(modelId, true).map(v -> Response.status(202).entity(v).build());
    }

    @GET
    @Path("/models/{modelId}/versions")
    @RolesAllowed(Permission.ANALYTICS_READ)
    @Operation(summary = "Every version: status, progress, data range, rows, holdout metrics")
    @APIResponse(responseCode = "200", description = "Versions, newest first", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such model", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<VersionView>> versions(@PathParam("modelId") UUID modelId) {
        return models.versions(modelId);
    }

    @GET
    @Path("/models/{modelId}/versions/{number}")
    @RolesAllowed(Permission.ANALYTICS_READ)
    @Operation(summary = "One version")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "404", description = "No such model or version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<VersionView> version(@PathParam("modelId") UUID modelId, @PathParam("number") @Min(1) int number) {
        return models.version(modelId, number);
    }

    @POST
    @Path("/models/{modelId}/versions/{number}/cancel")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Cancel a queued or running training")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "404", description = "No such model or version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The version is not queued or running", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<VersionView> cancel(@PathParam("modelId") UUID modelId, @PathParam("number") @Min(1) int number) {
        return models.cancel(modelId, number);
    }

    @POST
    @Path("/models/{modelId}/deploy")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Serve a trained version (deploy, or roll back to an earlier one)")
    @APIResponse(responseCode = "200", description = "Deployed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request: the errors name the field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such model or version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The version is not trained, or the model is retired", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ModelView> deploy(@PathParam("modelId") UUID modelId, @Valid @NotNull DeployRequest request) {
        return models.deploy(modelId, request.version());
    }

    @POST
    @Path("/models/{modelId}/retire")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Retire a model: it no longer predicts, retrains or detects")
    @APIResponse(responseCode = "200", description = "Retired", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelView.class)))
    @APIResponse(responseCode = "404", description = "No such model", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ModelView> retire(@PathParam("modelId") UUID modelId) {
        return models.retire(modelId);
    }

    @GET
    @Path("/models/{modelId}/performance")
    @RolesAllowed(Permission.ANALYTICS_READ)
    @Operation(summary = "Holdout metrics per version and live accuracy of the serving version from feedback")
    @APIResponse(responseCode = "200", description = "Performance", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PerformanceView.class)))
    @APIResponse(responseCode = "404", description = "No such model", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PerformanceView> performance(@PathParam("modelId") UUID modelId) {
        return performance.of(modelId);
    }

    @POST
    @Path("/models/{modelId}/predict")
    @RolesAllowed(Permission.AUTOMATION_RUN)
    @Operation(summary = "Predict with the deployed version (stored, counted against predictions per day)")
    @APIResponse(responseCode = "200", description = "The prediction", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PredictionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request: the errors name the field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such model", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed, or the plan's predictions per day are used (limit predictions_per_day)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not deployed, or not enough data for this customer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PredictionView> predict(@PathParam("modelId") UUID modelId, @Valid @NotNull PredictRequest request) {
        return predictions.predict(modelId, request.inputs());
    }

    @POST
    @Path("/models/{modelId}/predict/batch")
    @RolesAllowed(Permission.AUTOMATION_RUN)
    @Operation(summary = "Predict for up to 500 inputs at once")
    @APIResponse(responseCode = "200", description = "The predictions, in order", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PredictionView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid request: the errors name the field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such model", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed, or predictions per day would be exceeded", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not deployed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<PredictionView>> predictBatch(@PathParam("modelId") UUID modelId, @Valid @NotNull BatchPredictRequest request) {
        return predictions.predictBatch(modelId, request.items().stream().map(PredictRequest::inputs).toList());
    }

    @GET
    @Path("/models/{modelId}/forecast")
    @RolesAllowed(Permission.ANALYTICS_READ)
    @Operation(summary = "A deployed forecast: the last 28 days' actuals and the next days with 95% intervals, by day or by week (period=week: whole weeks, each the sum of its days)")
    @APIResponse(responseCode = "200", description = "The forecast", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ForecastView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request: the errors name the field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such model", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a deployed forecast model", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ForecastView> forecast(@PathParam("modelId") UUID modelId, @QueryParam("days") @DefaultValue("30") @Min(1) @Max(90) int days, @QueryParam("period") @DefaultValue("day") @Pattern(regexp = "day|week", message = "{vl.pattern.dayOrWeek}") String period) {
        return insights.forecast(modelId, days, period.equals("week"));
    }

    @GET
    @Path("/models/{modelId}/customers-at-risk")
    @RolesAllowed(Permission.ANALYTICS_READ)
    @Operation(summary = "Customers a deployed churn model expects not to come back, most value at risk first, with reasons")
    @APIResponse(responseCode = "200", description = "Customers at risk", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomersAtRiskView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request: the errors name the field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such model", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a deployed churn model", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CustomersAtRiskView> atRisk(@PathParam("modelId") UUID modelId, @QueryParam("minProbability") @DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double minProbability, @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(500) int limit) {
        return insights.atRisk(modelId, minProbability, limit);
    }

    @GET
    @Path("/predictions")
    @RolesAllowed(Permission.ANALYTICS_READ)
    @Operation(summary = "Prediction history, newest first (optionally of one model)")
    @APIResponse(responseCode = "200", description = "Predictions", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PredictionView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid request: the errors name the field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<PredictionView>> history(@QueryParam("modelId") UUID modelId, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return predictions.history(modelId, limit);
    }

    @POST
    @Path("/predictions/{predictionId}/feedback")
    @RolesAllowed(Permission.AUTOMATION_RUN)
    @Operation(summary = "Record whether a prediction was correct and/or the actual value")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PredictionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request: the errors name the field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such prediction", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PredictionView> feedback(@PathParam("predictionId") UUID predictionId, @Valid @NotNull FeedbackRequest request) {
        return predictions.feedback(predictionId, request);
    }

    @POST
    @Path("/anomalies/detect")
    @RolesAllowed(Permission.AUTOMATION_RUN)
    @Operation(summary = "Detect anomalies in a business's daily series over the last days (default revenue, 7 days)")
    @APIResponse(responseCode = "200", description = "The anomalies of those days", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnomalyView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid request: the errors name the field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not enough data yet (says how many days are missing)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<AnomalyView>> detect(@Valid @NotNull DetectRequest request) {
        return anomalies.detect(request);
    }

    @GET
    @Path("/anomalies")
    @RolesAllowed(Permission.ANALYTICS_READ)
    @Operation(summary = "Anomalies, newest day first")
    @APIResponse(responseCode = "200", description = "Anomalies", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnomalyView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid request: the errors name the field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<AnomalyView>> anomalies(@QueryParam("status") @Pattern(regexp = "OPEN|ACKNOWLEDGED|RESOLVED|FALSE_ALARM") String status, @QueryParam("businessId") UUID businessId, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return anomalies.list(status, businessId, limit);
    }

    @PUT
    @Path("/anomalies/{anomalyId}/status")
    @RolesAllowed(Permission.AUTOMATION_RUN)
    @Operation(summary = "Acknowledge, resolve or mark an anomaly a false alarm")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnomalyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request: the errors name the field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such anomaly", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AnomalyView> setStatus(@PathParam("anomalyId") UUID anomalyId, @Valid @NotNull AnomalyStatusRequest request) {
        return anomalies.setStatus(anomalyId, request.status());
    }

    @GET
    @Path("/anomalies/accuracy")
    @RolesAllowed(Permission.ANALYTICS_READ)
    @Operation(summary = "The detector's precision per metric from the statuses you set (RESOLVED = real, FALSE_ALARM = not), and per severity cut")
    @APIResponse(responseCode = "200", description = "One entry per metric with anomalies", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnomalyAccuracyView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid request: the errors name the field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<AnomalyAccuracyView>> anomalyAccuracy(@QueryParam("businessId") UUID businessId) {
        return labels.accuracy(businessId);
    }

    @GET
    @Path("/service-demand")
    @RolesAllowed(Permission.ANALYTICS_READ)
    @Operation(summary = "Expected appointments per service, weekday and hour of a business, for staffing (mean of the last weeks, checked on the last 7 days)")
    @APIResponse(responseCode = "200", description = "Demand per service, busiest slots first", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceDemandView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request: the errors name the field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not enough weeks of appointments yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ServiceDemandView> serviceDemand(@QueryParam("businessId") @NotNull UUID businessId, @QueryParam("weeks") @DefaultValue("8") @Min(2) @Max(26) int weeks) {
        return demand.demand(businessId, weeks);
    }
}
