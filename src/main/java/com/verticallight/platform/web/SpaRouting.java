package com.verticallight.platform.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Deep links into the web app survive a reload: a GET for a page of the app (not the API, Quarkus endpoints,
 * webhooks or public forms, and not a file) is served the app's index.html, whose router shows the page.
 */
@ApplicationScoped
public class SpaRouting {

    private static final List<String> SERVER_PREFIXES = List.of("/api", "/q", "/webhooks", "/public");
    private static final Pattern FILE = Pattern.compile(".*/[^/]*\\.[A-Za-z0-9]+$");

    void register(@Observes Router router) {
        router.get("/*").order(-100).handler(SpaRouting::route);
    }

    static boolean isAppPage(String path) {
        return !path.equals("/")
                && SERVER_PREFIXES.stream().noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))
                && !FILE.matcher(path).matches();
    }

    private static void route(RoutingContext context) {
        if (isAppPage(context.normalizedPath())) {
            context.reroute("/");
        } else {
            context.next();
        }
    }
}
