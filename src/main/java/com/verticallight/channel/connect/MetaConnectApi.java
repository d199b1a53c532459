package com.verticallight.channel.connect;

import com.verticallight.i18n.Text;
import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connector.Json;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.Requests;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Graph API calls of Facebook Login for Business and WhatsApp Embedded Signup (docs/channels.md, "Connect
 * flows"): code for user token, long-lived token, the person's Pages with their tokens and Instagram accounts,
 * and a WhatsApp number's subscription and registration.
 */
@ApplicationScoped
public class MetaConnectApi {

    private static final String META = "Facebook";

    @Inject
    ConnectConfig config;

    @Inject
    ConnectHttp http;

    @ConfigProperty(name = "vlos.channels.meta.base-url", defaultValue = "https://graph.facebook.com")
    String graphBase;

    @ConfigProperty(name = "vlos.channels.meta.graph-version", defaultValue = "v21.0")
    String version;

    String version() {
        return version;
    }

    /** GET /{version}/oauth/access_token?client_id&redirect_uri&client_secret&code (redirect_uri null for the JS SDK). */
    Uni<String> exchangeCode(String code, String redirectUri) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", config.meta().appId().orElseThrow());
        if (redirectUri != null) {
            query.put("redirect_uri", redirectUri);
        }
        query.put("client_secret", config.meta().appSecret().orElseThrow());
        query.put("code", code);
        return token(query);
    }

    /** GET /{version}/oauth/access_token?grant_type=fb_exchange_token&client_id&client_secret&fb_exchange_token. */
    Uni<String> longLived(String userToken) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("grant_type", "fb_exchange_token");
        query.put("client_id", config.meta().appId().orElseThrow());
        query.put("client_secret", config.meta().appSecret().orElseThrow());
        query.put("fb_exchange_token", userToken);
        return token(query);
    }

    private Uni<String> token(Map<String, String> query) {
        PlatformRequest request = new PlatformRequest("GET", graph("oauth/access_token") + "?" + Requests.form(query),
                Map.of(), null);
        return http.call(META, request).map(body -> required(body, "access_token"));
    }

    /**
     * The person's Pages (GET /me/accounts with the long-lived user token: Page tokens that do not expire) and,
     * for each, its Instagram professional account (GET /{page-id}?fields=instagram_business_account{id,username}).
     */
    Uni<List<Candidate>> pagesAndInstagram(String userToken) {
        PlatformRequest pages = Requests.bearer("GET", graph("me/accounts") + "?fields=id,name,access_token&limit=100",
                userToken, null);
        return http.call(META, pages).chain(body -> {
            List<JsonNode> found = new ArrayList<>();
            body.path("data").forEach(page -> {
                if (page.hasNonNull("id") && page.hasNonNull("access_token")) {
                    found.add(page);
                }
            });
            return Multi.createFrom().iterable(found).onItem().transformToUniAndConcatenate(this::withInstagram)
                    .collect().asList()
                    .map(lists -> lists.stream().flatMap(List::stream).toList());
        });
    }

    private Uni<List<Candidate>> withInstagram(JsonNode page) {
        String pageId = page.path("id").asText();
        String pageName = page.path("name").asText(pageId);
        String token = page.path("access_token").asText();
        Candidate facebook = new Candidate(ChannelKind.FACEBOOK_PAGE, pageId, pageName, null,
                Map.of("pageId", pageId), Map.of("accessToken", token));
        PlatformRequest request = Requests.bearer("GET", graph(Requests.segment(pageId))
                + "?fields=" + Requests.formEncode("instagram_business_account{id,username}"), token, null);
        return http.call(META, request).map(body -> {
            JsonNode instagram = body.path("instagram_business_account");
            if (!instagram.hasNonNull("id")) {
                return List.of(facebook);
            }
            String igUserId = instagram.path("id").asText();
            String username = instagram.path("username").asText(null);
            return List.of(facebook, new Candidate(ChannelKind.INSTAGRAM, igUserId,
                    username == null ? igUserId : "@" + username, pageName,
                    Map.of("igUserId", igUserId), Map.of("accessToken", token)));
        });
    }

    /** POST /{waba-id}/subscribed_apps: the app receives the account's webhooks. */
    Uni<Void> subscribeApp(String wabaId, String token) {
        return http.call(META, Requests.bearer("POST", graph(Requests.segment(wabaId) + "/subscribed_apps"), token,
                null)).replaceWithVoid();
    }

    /** POST /{phone-number-id}/register {"messaging_product":"whatsapp","pin":"123456"}. */
    Uni<Void> register(String phoneNumberId, String pin, String token) {
        JsonNode body = Json.object().put("messaging_product", "whatsapp").put("pin", pin);
        return http.call(META, Requests.bearer("POST", graph(Requests.segment(phoneNumberId) + "/register"), token,
                body)).replaceWithVoid();
    }

    /** https://www.facebook.com/{version}/dialog/oauth?client_id&redirect_uri&state&config_id. */
    String dialogUrl(String redirectUri, String state) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", config.meta().appId().orElseThrow());
        query.put("redirect_uri", redirectUri);
        query.put("state", state);
        query.put("config_id", config.meta().loginConfigId().orElseThrow());
        query.put("response_type", "code");
        return Requests.trimSlash(config.meta().dialogBaseUrl()) + "/" + version + "/dialog/oauth?" + Requests.form(query);
    }

    private String graph(String path) {
        return Requests.trimSlash(graphBase) + "/" + version + "/" + path;
    }

    static String required(JsonNode body, String field) {
        String value = Json.text(body, "/" + field);
        if (value == null || value.isBlank()) {
            throw new com.verticallight.platform.problem.ProblemException(com.verticallight.platform.problem.Problem
                    .of(502, "Bad Gateway", Text.of("channel.answerLacks", java.util.Map.of("field", field))));
        }
        return value;
    }
}
