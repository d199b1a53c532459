package com.verticallight.channel.connect;

import com.verticallight.channel.connect.ConnectViews.CallbackRequest;
import com.verticallight.channel.connect.ConnectViews.ChooseRequest;
import com.verticallight.channel.connect.ConnectViews.ConnectOptions;
import com.verticallight.channel.connect.ConnectViews.FlowChoices;
import com.verticallight.channel.connect.ConnectViews.StartedFlow;
import com.verticallight.channel.connect.ConnectViews.WhatsAppSignup;
import com.verticallight.channel.connection.ConnectionViews.ConnectionView;
import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Channel connect flows", description = "Connect Facebook Pages, Instagram, WhatsApp and Google Business "
        + "Profile through the platforms' own sign-in, instead of typing ids and tokens")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ConnectResource {

    private final ConnectService connect;

    public ConnectResource(ConnectService connect) {
        this.connect = connect;
    }

    @GET
    @Path("/connect/options")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "Which connect flows this server offers (the rest connect with the typed form)")
    @APIResponse(responseCode = "200", description = "Flows and the public app ids the browser needs", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectOptions.class)))
    public ConnectOptions options() {
        return connect.options();
    }

    @POST
    @Path("/businesses/{businessId}/connect/{provider}")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Start a connect flow (provider: facebook, whatsapp or google)")
    @APIResponse(responseCode = "201", description = "Started: the state is single use and expires", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StartedFlow.class)))
    @APIResponse(responseCode = "404", description = "No such business or provider", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "This flow is not configured on this server", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> start(@PathParam("businessId") UUID businessId, @PathParam("provider") String provider) {
        return connect.start(businessId, provider(provider)).map(started -> Response.status(201).entity(started).build());
    }

    @POST
    @Path("/connect/{provider}/callback")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Finish the platform's sign-in with the code and state it sent back; lists what can be connected")
    @APIResponse(responseCode = "200", description = "The Pages, Instagram accounts or locations to choose from", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FlowChoices.class)))
    @APIResponse(responseCode = "400", description = "Unknown, expired, used or someone else's state", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "The platform refused the code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<FlowChoices> callback(@PathParam("provider") String provider, @Valid @NotNull CallbackRequest request) {
        return connect.callback(provider(provider), request);
    }

    @POST
    @Path("/connect/flows/{flowId}/choose")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Connect the chosen Pages, Instagram accounts or locations")
    @APIResponse(responseCode = "201", description = "The new connections", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ConnectionView.class)))
    @APIResponse(responseCode = "400", description = "A choice the platform did not offer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such flow", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already finished or expired", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> choose(@PathParam("flowId") UUID flowId, @Valid @NotNull ChooseRequest request) {
        return connect.choose(flowId, request).map(created -> Response.status(201).entity(created).build());
    }

    @POST
    @Path("/connect/whatsapp")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Finish WhatsApp Embedded Signup: exchange the code, subscribe the app, register the number")
    @APIResponse(responseCode = "201", description = "The WhatsApp connection", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or state", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "Meta refused a step", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> whatsapp(@Valid @NotNull WhatsAppSignup signup) {
        return connect.whatsapp(signup).map(created -> Response.status(201).entity(created).build());
    }

    private static ConnectProvider provider(String name) {
        for (ConnectProvider provider : ConnectProvider.values()) {
            if (provider.name().equalsIgnoreCase(name)) {
                return provider;
            }
        }
        throw ProblemException.notFound("Connect provider");
    }
}
