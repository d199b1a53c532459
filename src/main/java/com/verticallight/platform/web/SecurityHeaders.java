package com.verticallight.platform.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security headers on every answer (API, errors, the web app, Quarkus endpoints): no MIME sniffing, no framing,
 * a strict referrer policy, HSTS when the request came over TLS (directly or per X-Forwarded-Proto), a content
 * security policy for the web app, and no caching of answers that carry tokens.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** The built web app loads scripts and styles from itself only; React and charts set inline style attributes. */
    static final String APP_POLICY = "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
            + "connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; "
            + "object-src 'none'";
    /**
     * With WhatsApp Embedded Signup configured (vlos.connect.meta.whatsapp-config-id) the settings page loads Meta's
     * JavaScript SDK, which opens Facebook's dialog and talks to it through facebook.com frames.
     */
    static final String META_SDK_POLICY = "default-src 'self'; script-src 'self' https://connect.facebook.net; "
            + "frame-src https://*.facebook.com; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
            + "connect-src 'self' ws: wss: https://*.facebook.com; frame-ancestors 'none'; base-uri 'self'; "
            + "form-action 'self'; object-src 'none'";
    /** Quarkus's own pages (Swagger UI) run inline scripts: only framing is forbidden there. */
    static final String QUARKUS_POLICY = "frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";
    private static final java.util.List<String> TOKEN_PATHS = java.util.List.of("/api/v1/auth/", "/api/v1/me/password");

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "vlos.connect.meta.whatsapp-config-id")
    java.util.Optional<String> whatsappSignup;

    void register(@Observes Router router,
            @ConfigProperty(name = "vlos.keycloak.issuer") Optional<String> singleSignOnIssuer) {
        String appPolicy = appPolicy(whatsappSignup.isPresent() ? META_SDK_POLICY : APP_POLICY, singleSignOnIssuer);
        router.route().order(-200).handler(context -> add(context, appPolicy));
    }

    /** With single sign-on the web app also talks to the realm's token endpoint (the code exchange, refreshes). */
    static String appPolicy(Optional<String> singleSignOnIssuer) {
        return appPolicy(APP_POLICY, singleSignOnIssuer);
    }

    static String appPolicy(String base, Optional<String> singleSignOnIssuer) {
        return singleSignOnIssuer.filter(issuer -> !issuer.isBlank()).map(URI::create)
                .map(issuer -> base.replace("connect-src 'self'",
                        "connect-src 'self' " + issuer.getScheme() + "://" + issuer.getAuthority()))
                .orElse(base);
    }

    private static void add(RoutingContext context, String appPolicy) {
        String path = context.normalizedPath();
        boolean tls = context.request().isSSL() || "https".equalsIgnoreCase(firstValue(
                context.request().getHeader("X-Forwarded-Proto")));
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.set("Content-Security-Policy", path.startsWith("/q/") ? QUARKUS_POLICY : appPolicy);
            if (tls) {
                headers.set("Strict-Transport-Security", HSTS);
            }
            if (TOKEN_PATHS.stream().anyMatch(path::startsWith)) {
                headers.set("Cache-Control", "no-store");
                headers.set("Pragma", "no-cache");
            }
        });
        context.next();
    }

    private static String firstValue(String header) {
        return header == null ? null : header.split(",")[0].trim();
    }
}
