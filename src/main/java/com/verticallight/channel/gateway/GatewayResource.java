package com.verticallight.channel.gateway;

import com.verticallight.channel.gateway.GatewayViews.ActionBatch;
import com.verticallight.channel.gateway.GatewayViews.ActionResults;
import com.verticallight.channel.gateway.GatewayViews.DeliveryView;
import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Channel gateway", description = "Outbound actions on connected platforms and their delivery log")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class GatewayResource {

    private final ChannelGateway gateway;
    private final DeliveryService deliveries;

    public GatewayResource(ChannelGateway gateway, DeliveryService deliveries) {
        this.gateway = gateway;
        this.deliveries = deliveries;
    }

    @POST
    @Path("/actions")
    @RolesAllowed(Permission.AUTOMATION_RUN)
    @Operation(summary = "Execute actions concurrently (sandbox connections record what would have been sent)")
    @APIResponse(responseCode = "200", description = "One outcome per action, in order", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionResults.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or unknown connection", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ActionResults> execute(@Valid @NotNull ActionBatch batch) {
        long started = System.nanoTime();
        return gateway.executeAll(batch.actions())
                .map(results -> new ActionResults(results, (System.nanoTime() - started) / 1_000_000));
    }

    @GET
    @Path("/deliveries")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The delivery log, newest first")
    @APIResponse(responseCode = "200", description = "Deliveries", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = DeliveryView.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<DeliveryView>> list(@QueryParam("status") DeliveryStatus status,
            @QueryParam("connectionId") UUID connectionId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return deliveries.list(status, connectionId, limit);
    }

    @GET
    @Path("/deliveries/{deliveryId}")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "One delivery with the requests sent, or in sandbox that would have been sent")
    @APIResponse(responseCode = "200", description = "The delivery", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such delivery", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DeliveryView> get(@PathParam("deliveryId") UUID deliveryId) {
        return deliveries.get(deliveryId);
    }
}
