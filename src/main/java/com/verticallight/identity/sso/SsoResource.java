package com.verticallight.identity.sso;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

    private final SsoConfig config;

    public SsoResource(SsoConfig config) {
        this.config = config;
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
}
