package com.verticallight.identity;

import com.verticallight.identity.UserViews.ApiKeyCreated;
import com.verticallight.identity.UserViews.ApiKeyRequest;
import com.verticallight.identity.UserViews.ApiKeyView;
import com.verticallight.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

@Path("/api/v1/api-keys")
@Tag(name = "API keys", description = "Keys for developers and integrations")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Permission.API_KEYS_MANAGE)
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ApiKeyResource {

    private final ApiKeyService keys;

    public ApiKeyResource(ApiKeyService keys) {
        this.keys = keys;
    }

    @GET
    @Operation(summary = "List API keys (never the secrets)")
    @APIResponse(responseCode = "200", description = "Keys, including revoked ones", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ApiKeyView.class)))
    public Uni<List<ApiKeyView>> list() {
        return keys.list();
    }

    @GET
    @Path("/{keyId}")
    @Operation(summary = "One API key")
    @APIResponse(responseCode = "200", description = "The key", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyView.class)))
    @APIResponse(responseCode = "404", description = "No such key", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ApiKeyView> get(@PathParam("keyId") UUID keyId) {
        return keys.get(keyId);
    }

    @POST
    @Operation(summary = "Create an API key; the secret is in this response only")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyCreated.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@Valid @NotNull ApiKeyRequest request) {
        return keys.create(request).map(created -> Response.status(201).entity(created).build());
    }

    @DELETE
    @Path("/{keyId}")
    @Operation(summary = "Revoke an API key; it stops working at once")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such key", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Void> revoke(@PathParam("keyId") UUID keyId) {
        return keys.revoke(keyId);
    }
}
