package com.verticallight.channel.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.Requests;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Google OAuth 2.0 for Business Profile: the consent URL (offline access, PKCE S256), the token endpoint
 * (authorization code and refresh token grants), and the accounts and locations the person can manage.
 */
@ApplicationScoped
public class GoogleConnectApi {

    static final String SCOPE = "https://www.googleapis.com/auth/business.manage";
    private static final String GOOGLE = "Google";

    /** An access token answered by the token endpoint and when it stops working. */
    public record AccessToken(String accessToken, Instant expiresAt, String refreshToken) {
        @Override
        public String toString() {
            return "AccessToken[expiresAt=" + expiresAt + ", ***]";
        }
    }

    @Inject
    ConnectConfig config;

    @Inject
    ConnectHttp http;

    @ConfigProperty(name = "vlos.channels.google.information-base-url",
            defaultValue = "https://mybusinessbusinessinformation.googleapis.com")
    String informationBase;

    String consentUrl(String redirectUri, String state, String verifier) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", config.google().clientId().orElseThrow());
        query.put("redirect_uri", redirectUri);
        query.put("response_type", "code");
        query.put("scope", SCOPE);
        query.put("access_type", "offline");
        query.put("prompt", "consent");
        query.put("state", state);
        query.put("code_challenge", challenge(verifier));
        query.put("code_challenge_method", "S256");
        return config.google().authUrl() + "?" + Requests.form(query);
    }

    /** POST token endpoint, grant_type=authorization_code with the PKCE verifier. */
    Uni<AccessToken> exchangeCode(String code, String redirectUri, String verifier, Instant now) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("code_verifier", verifier);
        return token(withClient(form), now);
    }

    /** POST token endpoint, grant_type=refresh_token: a new access token (the refresh token stays the same). */
    public Uni<AccessToken> refresh(String refreshToken, Instant now) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return token(withClient(form), now);
    }

    private Map<String, String> withClient(Map<String, String> form) {
        form.put("client_id", config.google().clientId().orElseThrow());
        config.google().clientSecret().ifPresent(secret -> form.put("client_secret", secret));
        return form;
    }

    private Uni<AccessToken> token(Map<String, String> form, Instant now) {
        PlatformRequest request = new PlatformRequest("POST", config.google().tokenUrl(),
                Map.of("Content-Type", Requests.FORM, "Accept", Requests.JSON), Requests.form(form));
        return http.call(GOOGLE, request).map(body -> new AccessToken(MetaConnectApi.required(body, "access_token"),
                now.plusSeconds(body.path("expires_in").asLong(3600)), body.path("refresh_token").asText(null)));
    }

    /** Every location of every account the person manages (GET /v1/accounts, GET /v1/{account}/locations). */
    Uni<List<Candidate>> locations(AccessToken token) {
        PlatformRequest accounts = Requests.bearer("GET",
                Requests.trimSlash(config.google().accountsBaseUrl()) + "/v1/accounts?pageSize=20", token.accessToken(), null);
        return http.call(GOOGLE, accounts).chain(body -> {
            List<JsonNode> found = new ArrayList<>();
            body.path("accounts").forEach(found::add);
            return Multi.createFrom().iterable(found).onItem()
                    .transformToUniAndConcatenate(account -> locationsOf(account, token))
                    .collect().asList().map(lists -> lists.stream().flatMap(List::stream).toList());
        });
    }

    private Uni<List<Candidate>> locationsOf(JsonNode account, AccessToken token) {
        String accountName = account.path("name").asText(); // "accounts/123"
        String accountId = accountName.substring(accountName.lastIndexOf('/') + 1);
        String url = Requests.trimSlash(informationBase) + "/v1/accounts/" + Requests.segment(accountId)
                + "/locations?readMask=" + Requests.formEncode("name,title,storefrontAddress") + "&pageSize=100";
        return http.call(GOOGLE, Requests.bearer("GET", url, token.accessToken(), null)).map(body -> {
            List<Candidate> found = new ArrayList<>();
            body.path("locations").forEach(location -> {
                String name = location.path("name").asText(); // "locations/456"
                String locationId = name.substring(name.lastIndexOf('/') + 1);
                if (locationId.isBlank()) {
                    return;
                }
                String locality = location.path("storefrontAddress").path("locality").asText(null);
                found.add(new Candidate(ChannelKind.GOOGLE_BUSINESS_PROFILE, accountId + "/" + locationId,
                        location.path("title").asText(locationId),
                        locality == null ? account.path("accountName").asText(null) : locality,
                        Map.of("accountId", accountId, "locationId", locationId), credentials(token)));
            });
            return found;
        });
    }

    static Map<String, String> credentials(AccessToken token) {
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("accessToken", token.accessToken());
        credentials.put("accessTokenExpiresAt", token.expiresAt().toString());
        if (token.refreshToken() != null) {
            credentials.put("refreshToken", token.refreshToken());
        }
        return credentials;
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
