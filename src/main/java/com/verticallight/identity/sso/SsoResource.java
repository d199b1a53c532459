package com.verticallight.identity.sso;

import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.security.Authenticated;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tells the web app whether, and where, it can sign people in through the company's single sign-on. */
@Path("/api/v1/auth/sso")
@Tag(name = "Authentication", description = "Sign-up, sign-in and tokens")
@PermitAll
public class SsoResource {

    /** Public facts only: the issuer and the public client's id are in every token and login page anyway. */
    public record SsoSettings(boolean enabled, String issuer, String clientId, String displayName) {
    }

    /** Who the presented realm token signs in as here: what the web app keeps beside the token. */
    public record SsoSession(UUID tenantId, UUID userId, String role, List<String> permissions) {
    }

    private final SsoConfig config;
    private final SecurityIdentity identity;

    public SsoResource(SsoConfig config, SecurityIdentity identity) {
        this.config = config;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Single sign-on settings for the web app (authorization code + PKCE)")
    @APIResponse(responseCode = "200", description = "Whether single sign-on is configured, and its issuer and public client",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SsoSettings.class)))
    public SsoSettings settings() {
        if (!config.enabled()) {
            return new SsoSettings(false, null, null, null);
        }
        return new SsoSettings(true, config.issuer().get(), config.webClientId(), config.displayName());
    }

    @GET
    @Path("/session")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The tenant, user, role and permissions a realm access token signs in as")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SsoSession.class)))
    @APIResponse(responseCode = "401", description = "No valid realm token, or it names no tenant, role or account of ours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SsoSession session() {
        String role = identity.getAttribute(SsoIdentityProvider.ROLE_ATTRIBUTE);
        if (role == null) { // our own token or an API key: their session is already known to the caller
            throw new UnauthorizedException();
        }
        return new SsoSession(CurrentTenant.tenantOf(identity).orElseThrow(),
                UUID.fromString(identity.getAttribute(CurrentTenant.USER_ATTRIBUTE)), role,
                identity.getRoles().stream().sorted().toList());
    }
}
