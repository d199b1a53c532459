package com.verticallight.platform.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How long a browser may keep the web app's files. The build names every file under /assets after a hash of its
 * content, so those are kept a year and never asked for again; index.html, the app's pages, the service worker and
 * the manifest are asked for again every time (answered 304 when unchanged), so a phone never keeps an old app
 * after a release. The API and Quarkus's own endpoints are left alone.
 */
@ApplicationScoped
public class CacheHeaders {

    static final String HASHED = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    private static final Pattern HASHED_ASSET = Pattern.compile("^/assets/[^/]+-[A-Za-z0-9_-]{8,}\\.[a-z0-9]+$");
    private static final List<String> SERVER_PREFIXES = List.of("/api/", "/q/", "/webhooks/", "/public/");

    void register(@Observes Router router) {
        router.route().order(-190).handler(CacheHeaders::add);
    }

    /** The Cache-Control a GET of this path gets, or null to leave the answer as it is. */
    static String policyFor(String path) {
        if (SERVER_PREFIXES.stream().anyMatch(path::startsWith) || path.equals("/api") || path.equals("/q")) {
            return null;
        }
        return HASHED_ASSET.matcher(path).matches() ? HASHED : REVALIDATE;
    }

    private static void add(RoutingContext context) {
        HttpMethod method = context.request().method();
        String policy = policyFor(context.normalizedPath());
        if (policy != null && (method == HttpMethod.GET || method == HttpMethod.HEAD)) {
            context.addHeadersEndHandler(ignored -> {
                boolean found = context.response().getStatusCode() < 400;
                context.response().headers().set("Cache-Control", found ? policy : REVALIDATE);
            });
        }
        context.next();
    }
}
