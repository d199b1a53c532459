package com.verticallight.job;

import com.verticallight.identity.Permission;
import com.verticallight.job.JobViews.JobView;
import com.verticallight.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/jobs")
@Tag(name = "Jobs", description = "Durable work scheduled for later")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class JobResource {

    private final JobService jobs;

    public JobResource(JobService jobs) {
        this.jobs = jobs;
    }

    @GET
    @RolesAllowed(Permission.TENANT_READ)
    @Operation(summary = "The tenant's jobs, latest run time first")
    @APIResponse(responseCode = "200", description = "Jobs", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = JobView.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<JobView>> list(@QueryParam("status") JobStatus status, @QueryParam("kind") String kind,
            @QueryParam("correlation") String correlation,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return jobs.list(status, kind, correlation, limit);
    }

    @GET
    @Path("/{jobId}")
    @RolesAllowed(Permission.TENANT_READ)
    @Operation(summary = "One job, with its attempts, lease and last error")
    @APIResponse(responseCode = "200", description = "The job", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "404", description = "No such job", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<JobView> get(@PathParam("jobId") UUID jobId) {
        return jobs.get(jobId);
    }

    @POST
    @Path("/{jobId}/cancel")
    @RolesAllowed(Permission.AUTOMATION_RUN)
    @Operation(summary = "Cancel a job that has not started")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "404", description = "No such job", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already running or finished", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<JobView> cancel(@PathParam("jobId") UUID jobId) {
        return jobs.cancel(jobId);
    }

    @POST
    @Path("/cancel")
    @RolesAllowed(Permission.AUTOMATION_RUN)
    @Operation(summary = "Cancel every pending job with a correlation (e.g. all follow-ups of one lead)")
    @APIResponse(responseCode = "200", description = "How many were cancelled", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "cancelled", properties = @SchemaProperty(name = "cancelled", type = SchemaType.INTEGER, format = "int32", example = "2"))))
    @APIResponse(responseCode = "400", description = "Missing correlation", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Map<String, Integer>> cancelAll(@QueryParam("correlation") @NotBlank String correlation) {
        return jobs.cancelAll(correlation).map(count -> Map.of("cancelled", count));
    }
}
