package com.verticallight.identity;

import com.verticallight.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/auth")
@Tag(name = "Authentication", description = "Sign-up, sign-in and tokens")
@PermitAll
public class AuthResource {

    private final AuthService auth;

    public AuthResource(AuthService auth) {
        this.auth = auth;
    }

    @POST
    @Path("/signup")
    @Operation(summary = "Create a tenant and its owner, and sign the owner in")
    @APIResponse(responseCode = "201", description = "Signed up", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (a weak or common password; a plan other than TRIAL)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Email already registered", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> signup(@Valid @NotNull AuthRequests.Signup request) {
        return auth.signup(request).map(tokens -> Response.status(201).entity(tokens).build());
    }

    @POST
    @Path("/login")
    @Operation(summary = "Sign in with email and password")
    @APIResponse(responseCode = "200", description = "Signed in", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Wrong email or password", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many wrong passwords for this account or from this address; see Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<TokenResponse> login(@Valid @NotNull AuthRequests.Login request, @Context HttpServerRequest http) {
        return auth.login(request, clientAddress(http), http.getHeader("User-Agent"));
    }

    /** The caller's address (the proxy's, unless quarkus.http.proxy.proxy-address-forwarding is on). */
    static String clientAddress(HttpServerRequest http) {
        return http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
    }

    @POST
    @Path("/refresh")
    @Operation(summary = "Exchange a refresh token for new tokens (the old one stops working)")
    @APIResponse(responseCode = "200", description = "New tokens", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing refresh token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Unknown, expired or reused refresh token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<TokenResponse> refresh(@Valid @NotNull AuthRequests.Refresh request) {
        return auth.refresh(request);
    }

    @POST
    @Path("/logout")
    @Operation(summary = "Revoke a refresh token; the user's access tokens stop working (other devices refresh)")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Void> logout(@Valid @NotNull AuthRequests.Refresh request) {
        return auth.logout(request);
    }

    @POST
    @Path("/accept-invite")
    @Operation(summary = "Accept an invitation: set a password and sign in")
    @APIResponse(responseCode = "200", description = "Signed in", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid or expired invitation", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<TokenResponse> acceptInvite(@Valid @NotNull AuthRequests.AcceptInvite request) {
        return auth.acceptInvite(request);
    }
}
