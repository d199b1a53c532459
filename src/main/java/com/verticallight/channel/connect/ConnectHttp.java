package com.verticallight.channel.connect;

import com.verticallight.i18n.Text;
import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.channel.connector.Json;
import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.PlatformResponse;
import com.verticallight.channel.connector.VertxPlatformHttp;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import java.util.Map;

/**
 * The calls of the connect flows (code exchanges, listings) to operator-configured platform URLs: one try each
 * with the channel timeout, since a person is waiting and can start again. A refusal becomes a 502 problem that
 * names the platform and its own reason, never a token.
 */
@ApplicationScoped
public class ConnectHttp {

    private static final Logger LOG = Logger.getLogger(ConnectHttp.class);

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "vlos.channels.timeout", defaultValue = "PT10S")
    Duration timeout;

    private VertxPlatformHttp http;

    @PostConstruct
    void init() {
        http = new VertxPlatformHttp(WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) timeout.toMillis()).setUserAgent("VerticalLightOS/0.1")
                .setFollowRedirects(false)), timeout);
    }

    /** The JSON body of a 2xx answer; anything else fails with a 502 problem naming {@code platform}. */
    public Uni<JsonNode> call(String platform, PlatformRequest request) {
        return http.send(request)
                .onFailure(PlatformFailure.class).transform(failure -> refused(platform, request,
                        "no answer (" + failure.getMessage() + ")"))
                .map(response -> {
                    if (!response.isSuccess()) {
                        throw refused(platform, request, reason(response));
                    }
                    return Json.read(response.body());
                });
    }

    private static ProblemException refused(String platform, PlatformRequest request, String reason) {
        // the path only: the query of a code exchange carries the code and the app secret
        LOG.warnf("%s connect call %s %s failed: %s", platform, request.method(),
                java.net.URI.create(request.url()).getPath(), reason);
        return new ProblemException(Problem.of(502, "Bad Gateway", Text.of("channel.connectRefused",
                Map.of("platform", platform, "reason", String.valueOf(reason)))));
    }

    /** Meta's error.message, Google's error_description or error.message; never the body as a whole. */
    private static String reason(PlatformResponse response) {
        JsonNode body = Json.read(response.body());
        JsonNode error = body.path("error");
        String text = error.isObject() ? error.path("message").asText("")
                : body.path("error_description").asText(error.asText(""));
        return "HTTP " + response.status() + (text.isBlank() ? "" : ": " + text);
    }
}
