package com.verticallight.channel.connection;

import com.verticallight.channel.connection.ConnectionViews.ConnectionRequest;
import com.verticallight.channel.connection.ConnectionViews.ConnectionTest;
import com.verticallight.channel.connection.ConnectionViews.ConnectionUpdate;
import com.verticallight.channel.connection.ConnectionViews.ConnectionView;
import com.verticallight.channel.gateway.ConnectionTester;
import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

@Path("/api/v1")
@Tag(name = "Channel connections", description = "A business's connections to WhatsApp, Facebook, Instagram, Google and more")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ConnectionResource {

    private final ConnectionService connections;
    private final ConnectionTester tester;

    public ConnectionResource(ConnectionService connections, ConnectionTester tester) {
        this.connections = connections;
        this.tester = tester;
    }

    @POST
    @Path("/businesses/{businessId}/connections")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Connect a platform (starts in SANDBOX unless mode says LIVE)")
    @APIResponse(responseCode = "201", description = "Connected; credentials are stored encrypted and never shown", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid or missing ids/credentials", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such business", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@PathParam("businessId") UUID businessId, @Valid @NotNull ConnectionRequest request) {
        return connections.create(businessId, request).map(view -> Response.status(201).entity(view).build());
    }

    @GET
    @Path("/connections")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "All connections of the tenant")
    @APIResponse(responseCode = "200", description = "Connections", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ConnectionView.class)))
    public Uni<List<ConnectionView>> list() {
        return connections.list();
    }

    @GET
    @Path("/connections/{connectionId}")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "One connection")
    @APIResponse(responseCode = "200", description = "The connection", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectionView.class)))
    @APIResponse(responseCode = "404", description = "No such connection", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ConnectionView> get(@PathParam("connectionId") UUID connectionId) {
        return connections.get(connectionId);
    }

    @PATCH
    @Path("/connections/{connectionId}")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Change a connection's name, ids, credentials or mode (SANDBOX/LIVE)")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such connection", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ConnectionView> update(@PathParam("connectionId") UUID connectionId, @Valid @NotNull ConnectionUpdate update) {
        return connections.update(connectionId, update);
    }

    @DELETE
    @Path("/connections/{connectionId}")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Disconnect (the delivery log keeps its rows)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such connection", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Void> delete(@PathParam("connectionId") UUID connectionId) {
        return connections.delete(connectionId);
    }

    @POST
    @Path("/connections/{connectionId}/test")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Check the credentials with a cheap read on the platform")
    @APIResponse(responseCode = "200", description = "The result; the connection's status is updated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectionTest.class)))
    @APIResponse(responseCode = "404", description = "No such connection", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ConnectionTest> test(@PathParam("connectionId") UUID connectionId) {
        return tester.test(connectionId);
    }
}
