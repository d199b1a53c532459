package com.verticallight.platform.problem;

import com.verticallight.i18n.Languages;
import com.verticallight.i18n.Text;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.Map;

/**
 * Answers a request whose URI (path and query) is longer than vlos.http.max-uri-length with a 414 problem+json.
 * The HTTP layer's own limit (quarkus.http.limits.max-initial-line-length, set well above this one) would answer
 * 414 with an empty body before any route runs; only request lines beyond that limit still get that bare answer.
 */
@ApplicationScoped
public class UriLengthGuard {

    @ConfigProperty(name = "vlos.http.max-uri-length", defaultValue = "4096")
    int maxUriLength;

    void register(@Observes Router router) {
        router.route().order(-1001).handler(context -> {
            String uri = context.request().uri();
            if (uri != null && uri.length() > maxUriLength) {
                Problem problem = Problem.of(414, "URI Too Long",
                        Text.of("error.uriTooLong", java.util.Map.of("limit", maxUriLength)))
                        .in(Languages.fromAcceptLanguage(context.request().getHeader("Accept-Language"))
                                .orElse(Languages.ENGLISH))
                        .withInstance(context.request().path().length() > 200
                                ? context.request().path().substring(0, 200) : context.request().path());
                context.response().setStatusCode(414)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(Json.encode(problem));
                return;
            }
            context.next();
        });
    }
}
