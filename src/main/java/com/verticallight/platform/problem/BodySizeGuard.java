package com.verticallight.platform.problem;

import com.verticallight.i18n.Languages;
import com.verticallight.i18n.Text;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.Map;

/**
 * Answers a declared oversized body with a 413 problem+json before reading it (the HTTP layer's own limit
 * would close the connection with an empty 413). Bodies sent without a length still meet that limit.
 */
@ApplicationScoped
public class BodySizeGuard {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
    MemorySize maxBodySize;

    void register(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        router.route().order(-1000).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limit) {
                Problem problem = Problem.of(413, "Content Too Large",
                        Text.of("error.bodyTooLarge", java.util.Map.of("limit", limit)))
                        .in(Languages.fromAcceptLanguage(context.request().getHeader("Accept-Language"))
                                .orElse(Languages.ENGLISH))
                        .withInstance(context.request().path());
                context.response().setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(Json.encode(problem));
                return;
            }
            context.next();
        });
    }
}
