package com.verticallight.tenant;

import com.verticallight.i18n.Text;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import java.util.Map;

/** Applies the plan's requests-per-hour to every authenticated API call: 429 with Retry-After beyond it. */
public class RateLimitFilter {

    private static final String DECISION = "vlos.rate-limit.decision";

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    RequestRateLimiter limiter;

    @ConfigProperty(name = "vlos.rate-limit.enabled", defaultValue = "true")
    boolean enabled;

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request) {
        if (!enabled) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().chain(identity -> CurrentTenant.tenantOf(identity)
                .map(tenant -> limiter.hit(tenant).map(decision -> {
                    request.setProperty(DECISION, decision);
                    return decision.allowed() ? null : tooMany(decision, request);
                }))
                .orElse(Uni.createFrom().nullItem()));
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RequestRateLimiter.Decision decision) {
            response.getHeaders().putSingle("X-RateLimit-Limit", decision.limit());
            response.getHeaders().putSingle("X-RateLimit-Remaining", decision.remaining());
        }
    }

    private static Response tooMany(RequestRateLimiter.Decision decision, ContainerRequestContext request) {
        Problem problem = Problem.of(429, "Too Many Requests", Text.of("tenant.apiRequestsPerHour",
                Map.of("limit", decision.limit(), "seconds", decision.retryAfterSeconds())))
                .withLimit(Limit.API_REQUESTS_PER_HOUR.apiName(), decision.limit())
                .withInstance(request.getUriInfo().getPath());
        java.util.Locale reader = com.verticallight.i18n.Languages
                .fromAcceptLanguage(request.getHeaderString("Accept-Language"))
                .orElse(com.verticallight.i18n.Languages.ENGLISH); // a filter: the request's language
        return Response.status(429)
                .header("Retry-After", decision.retryAfterSeconds())
                .header("Content-Language", reader.toLanguageTag())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.in(reader))
                .build();
    }
}
