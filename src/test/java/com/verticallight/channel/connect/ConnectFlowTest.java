package com.verticallight.channel.connect;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.verticallight.channel.ChannelFixtures.batch;
import static com.verticallight.channel.ChannelFixtures.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.verticallight.channel.ChannelFixtures;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConnectFlowTest {

    private static final String REDIRECT_FB = "https://app.vlos.test/connect/facebook/callback";
    private static final String REDIRECT_GOOGLE = "https://app.vlos.test/connect/google/callback";

    @Inject
    Sql sql;

    @Inject
    TestClock clock;

    private final WireMockServer wiremock = WireMockPlatforms.server();

    @Test
    void theWebAppIsToldWhichFlowsAreConfigured() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        owner.as().get("/api/v1/connect/options").then().statusCode(200)
                .body("facebook", org.hamcrest.Matchers.equalTo(true))
                .body("whatsapp", org.hamcrest.Matchers.equalTo(true))
                .body("google", org.hamcrest.Matchers.equalTo(true))
                .body("metaAppId", org.hamcrest.Matchers.equalTo("test-meta-app-id"))
                .body("whatsappConfigId", org.hamcrest.Matchers.equalTo("test-whatsapp-config"));
    }

    @Test
    void facebookLoginConnectsTheChosenPageAndItsInstagramAndAPostGoesOutWithThePageToken() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String business = ChannelFixtures.businessOf(owner);
        String code = "fb-code-" + UUID.randomUUID();
        String pageId = ChannelFixtures.uniqueId();
        String igUserId = ChannelFixtures.uniqueId();
        String pageToken = "EAAG-page-token-" + pageId;
        stubFacebook(code, pageId, igUserId, pageToken);

        JsonPath started = owner.as().post("/api/v1/businesses/" + business + "/connect/facebook").then()
                .statusCode(201).body("provider", org.hamcrest.Matchers.equalTo("FACEBOOK")).extract().jsonPath();
        Map<String, String> dialog = query(started.getString("authorizationUrl"));
        assertThat(started.getString("authorizationUrl")).startsWith("https://www.facebook.com/v21.0/dialog/oauth?");
        assertThat(dialog).containsEntry("client_id", "test-meta-app-id").containsEntry("redirect_uri", REDIRECT_FB)
                .containsEntry("config_id", "test-login-config").containsEntry("state", started.getString("state"));

        String choices = owner.as().body(Map.of("state", started.getString("state"), "code", code))
                .post("/api/v1/connect/facebook/callback").then().statusCode(200)
                .body("choices.id", containsInAnyOrder(pageId, igUserId))
                .body("choices.kind", containsInAnyOrder("FACEBOOK_PAGE", "INSTAGRAM"))
                .extract().asString();
        assertThat(choices).doesNotContain(pageToken).doesNotContain("long-lived");
        wiremock.verify(getRequestedFor(urlPathEqualTo("/v21.0/oauth/access_token"))
                .withQueryParam("client_id", equalTo("test-meta-app-id"))
                .withQueryParam("client_secret", equalTo("test-meta-app-secret"))
                .withQueryParam("redirect_uri", equalTo(REDIRECT_FB)).withQueryParam("code", equalTo(code)));

        String flowId = JsonPath.from(choices).getString("flowId");
        List<String> ids = owner.as().body(Map.of("mode", "LIVE", "choices", List.of(
                Map.of("kind", "FACEBOOK_PAGE", "id", pageId), Map.of("kind", "INSTAGRAM", "id", igUserId))))
                .post("/api/v1/connect/flows/" + flowId + "/choose").then().statusCode(201)
                .body("kind", containsInAnyOrder("FACEBOOK_PAGE", "INSTAGRAM"))
                .body("platformIds.pageId", hasItem(pageId))
                .extract().path("id");
        assertThat(sql.query("select credentials_ciphertext from channel_connection where tenant_id = $1",
                owner.tenantId()).get(0).getString(0)).startsWith("v1:").doesNotContain(pageToken);
        String page = sql.query("select id from channel_connection where tenant_id = $1 and kind = 'FACEBOOK_PAGE'",
                owner.tenantId()).get(0).getUUID(0).toString();
        assertThat(ids).contains(page);

        wiremock.stubFor(post(urlPathEqualTo("/v21.0/" + pageId + "/feed"))
                .withHeader("Authorization", equalTo("Bearer " + pageToken))
                .willReturn(json("{\"id\":\"" + pageId + "_777\"}")));
        owner.as().body(batch(ChannelFixtures.post(page, "Diwali offer: 20% off", key()))).post("/api/v1/actions")
                .then().statusCode(200).body("results[0].status", org.hamcrest.Matchers.equalTo("SENT"))
                .body("results[0].platformId", org.hamcrest.Matchers.equalTo(pageId + "_777"));

        // the same flow cannot be chosen from twice, and its state cannot be used again
        owner.as().body(Map.of("choices", List.of(Map.of("kind", "FACEBOOK_PAGE", "id", pageId))))
                .post("/api/v1/connect/flows/" + flowId + "/choose").then().statusCode(409);
        owner.as().body(Map.of("state", started.getString("state"), "code", code))
                .post("/api/v1/connect/facebook/callback").then().statusCode(400)
                .body("errors.field", hasItem("state"));
        wiremock.verify(1, getRequestedFor(urlPathEqualTo("/v21.0/oauth/access_token")).withQueryParam("code", equalTo(code)));
    }

    @Test
    void aStateFromAnotherTenantAnotherPersonOrNowhereConnectsNothingAndCallsNoPlatform() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String business = ChannelFixtures.businessOf(owner);
        Account attacker = ChannelFixtures.tenantWithBusiness();
        Account colleague = Accounts.invite(owner, "ADMIN");
        String state = owner.as().post("/api/v1/businesses/" + business + "/connect/facebook").then().statusCode(201)
                .extract().path("state");
        String code = "stolen-" + UUID.randomUUID();

        for (Account other : List.of(attacker, colleague)) {
            other.as().body(Map.of("state", state, "code", code)).post("/api/v1/connect/facebook/callback").then()
                    .statusCode(400).body("errors.field", hasItem("state"));
        }
        owner.as().body(Map.of("state", "made-up-" + UUID.randomUUID(), "code", code))
                .post("/api/v1/connect/facebook/callback").then().statusCode(400).body("errors.field", hasItem("state"));
        owner.as().body(Map.of("state", state, "code", code)).post("/api/v1/connect/google/callback").then()
                .statusCode(400).body("errors.field", hasItem("state"));
        owner.as().body(Map.of("state", state)).post("/api/v1/connect/facebook/callback").then().statusCode(400)
                .body("errors.field", hasItem("code"));
        wiremock.verify(0, getRequestedFor(urlPathEqualTo("/v21.0/oauth/access_token")).withQueryParam("code", equalTo(code)));
        assertThat(sql.count("select count(*) from channel_connection where tenant_id in ($1, $2)",
                owner.tenantId(), attacker.tenantId())).isZero();
        // the attempts did not use the owner's state up: the owner can still finish (here the platform refuses the code)
        wiremock.stubFor(get(urlPathEqualTo("/v21.0/oauth/access_token")).withQueryParam("code", equalTo(code))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(
                        "{\"error\":{\"message\":\"This authorization code has expired.\",\"type\":\"OAuthException\",\"code\":100}}")));
        owner.as().body(Map.of("state", state, "code", code)).post("/api/v1/connect/facebook/callback").then()
                .statusCode(502).body("detail", org.hamcrest.Matchers.containsString("This authorization code has expired"));
        // another tenant cannot see or finish the owner's flows
        attacker.as().body(Map.of("choices", List.of(Map.of("kind", "FACEBOOK_PAGE", "id", "1"))))
                .post("/api/v1/connect/flows/" + UUID.randomUUID() + "/choose").then().statusCode(404);
        attacker.as().post("/api/v1/businesses/" + business + "/connect/facebook").then().statusCode(404);
    }

    @Test
    void aStateOlderThanTenMinutesIsRefusedWithoutCallingThePlatform() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String business = ChannelFixtures.businessOf(owner);
        String state = owner.as().post("/api/v1/businesses/" + business + "/connect/google").then().statusCode(201)
                .extract().path("state");
        String code = "late-" + UUID.randomUUID();
        clock.advance(java.time.Duration.ofMinutes(11));
        try {
            owner.as().body(Map.of("state", state, "code", code)).post("/api/v1/connect/google/callback").then()
                    .statusCode(400).body("errors.field", hasItem("state"));
        } finally {
            clock.reset();
        }
        wiremock.verify(0, postRequestedFor(urlPathEqualTo("/google-oauth/token")).withFormParam("code", equalTo(code)));
    }

    @Test
    void googleConsentWithPkceConnectsALocationAndRenewsItsAccessTokenBeforeALivePost() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String business = ChannelFixtures.businessOf(owner);
        String code = "4/google-code-" + UUID.randomUUID();
        String accountId = ChannelFixtures.uniqueId();
        String locationId = ChannelFixtures.uniqueId();
        String refreshToken = "1//refresh-" + UUID.randomUUID();
        String firstToken = "ya29.first-" + locationId;
        String renewedToken = "ya29.renewed-" + locationId;
        // the first access token is about to expire (60 s), so the first live call renews it
        wiremock.stubFor(post(urlPathEqualTo("/google-oauth/token"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withFormParam("grant_type", equalTo("authorization_code")).withFormParam("code", equalTo(code))
                .withFormParam("redirect_uri", equalTo(REDIRECT_GOOGLE))
                .withFormParam("client_id", equalTo("test-google-client.apps.googleusercontent.com"))
                .withFormParam("client_secret", equalTo("test-google-client-secret"))
                .withFormParam("code_verifier", matching("[A-Za-z0-9_-]{43,128}"))
                .willReturn(json("{\"access_token\":\"" + firstToken + "\",\"expires_in\":60,\"refresh_token\":\""
                        + refreshToken + "\",\"scope\":\"https://www.googleapis.com/auth/business.manage\",\"token_type\":\"Bearer\"}")));
        wiremock.stubFor(get(urlPathEqualTo("/v1/accounts")).withHeader("Authorization", equalTo("Bearer " + firstToken))
                .willReturn(json("{\"accounts\":[{\"name\":\"accounts/" + accountId + "\",\"accountName\":\"Asha Salon\",\"type\":\"LOCATION_GROUP\"}]}")));
        wiremock.stubFor(get(urlPathEqualTo("/v1/accounts/" + accountId + "/locations"))
                .withQueryParam("readMask", equalTo("name,title,storefrontAddress"))
                .withHeader("Authorization", equalTo("Bearer " + firstToken))
                .willReturn(json("{\"locations\":[{\"name\":\"locations/" + locationId
                        + "\",\"title\":\"Asha Salon Park Street\",\"storefrontAddress\":{\"locality\":\"Kolkata\"}}]}")));
        wiremock.stubFor(post(urlPathEqualTo("/google-oauth/token")).withFormParam("grant_type", equalTo("refresh_token"))
                .withFormParam("refresh_token", equalTo(refreshToken))
                .withFormParam("client_id", equalTo("test-google-client.apps.googleusercontent.com"))
                .withFormParam("client_secret", equalTo("test-google-client-secret"))
                .willReturn(json("{\"access_token\":\"" + renewedToken + "\",\"expires_in\":3599,\"token_type\":\"Bearer\"}")));
        wiremock.stubFor(post(urlPathEqualTo("/v4/accounts/" + accountId + "/locations/" + locationId + "/localPosts"))
                .withHeader("Authorization", equalTo("Bearer " + renewedToken))
                .willReturn(json("{\"name\":\"accounts/" + accountId + "/locations/" + locationId + "/localPosts/9\",\"state\":\"LIVE\"}")));

        JsonPath started = owner.as().post("/api/v1/businesses/" + business + "/connect/google").then().statusCode(201)
                .extract().jsonPath();
        Map<String, String> consent = query(started.getString("authorizationUrl"));
        assertThat(started.getString("authorizationUrl")).startsWith("https://accounts.google.com/o/oauth2/v2/auth?");
        assertThat(consent).containsEntry("scope", "https://www.googleapis.com/auth/business.manage")
                .containsEntry("access_type", "offline").containsEntry("prompt", "consent")
                .containsEntry("response_type", "code").containsEntry("redirect_uri", REDIRECT_GOOGLE)
                .containsEntry("code_challenge_method", "S256").containsEntry("state", started.getString("state"));

        String flowId = owner.as().body(Map.of("state", started.getString("state"), "code", code))
                .post("/api/v1/connect/google/callback").then().statusCode(200)
                .body("choices[0].id", org.hamcrest.Matchers.equalTo(accountId + "/" + locationId))
                .body("choices[0].name", org.hamcrest.Matchers.equalTo("Asha Salon Park Street"))
                .extract().path("flowId");
        LoggedRequest exchange = wiremock.findAll(postRequestedFor(urlPathEqualTo("/google-oauth/token"))
                .withRequestBody(containing(code.substring(2)))).get(0);
        String verifier = form(exchange.getBodyAsString()).get("code_verifier");
        assertThat(GoogleConnectApi.challenge(verifier)).isEqualTo(consent.get("code_challenge"));

        String connection = owner.as().body(Map.of("mode", "LIVE", "choices", List.of(
                Map.of("kind", "GOOGLE_BUSINESS_PROFILE", "id", accountId + "/" + locationId))))
                .post("/api/v1/connect/flows/" + flowId + "/choose").then().statusCode(201)
                .body("[0].platformIds.locationId", org.hamcrest.Matchers.equalTo(locationId))
                .body("[0].credentialNames", hasItem("refreshToken"))
                .extract().path("[0].id");
        String view = owner.as().get("/api/v1/connections/" + connection).then().statusCode(200).extract().asString();
        assertThat(view).doesNotContain(refreshToken).doesNotContain(firstToken);

        owner.as().body(batch(googlePost(connection, "Monsoon hair spa week"))).post("/api/v1/actions")
                .then().statusCode(200).body("results[0].status", org.hamcrest.Matchers.equalTo("SENT"));
        wiremock.verify(1, postRequestedFor(urlPathEqualTo("/google-oauth/token"))
                .withFormParam("refresh_token", equalTo(refreshToken)));
        // the renewed token was stored: the next post does not renew again
        owner.as().body(batch(googlePost(connection, "Bridal packages"))).post("/api/v1/actions")
                .then().statusCode(200).body("results[0].status", org.hamcrest.Matchers.equalTo("SENT"));
        wiremock.verify(1, postRequestedFor(urlPathEqualTo("/google-oauth/token"))
                .withFormParam("refresh_token", equalTo(refreshToken)));
    }

    @Test
    void whatsappEmbeddedSignupSubscribesTheAppRegistersTheNumberAndStoresTheConnection() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String business = ChannelFixtures.businessOf(owner);
        String code = "wa-code-" + UUID.randomUUID();
        String wabaId = ChannelFixtures.uniqueId();
        String phoneNumberId = ChannelFixtures.uniqueId();
        String token = "EAAG-business-token-" + phoneNumberId;
        wiremock.stubFor(get(urlPathEqualTo("/v21.0/oauth/access_token")).withQueryParam("code", equalTo(code))
                .withQueryParam("client_id", equalTo("test-meta-app-id"))
                .withQueryParam("client_secret", equalTo("test-meta-app-secret"))
                .withQueryParam("redirect_uri", absent())
                .willReturn(json("{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\"}")));
        wiremock.stubFor(post(urlPathEqualTo("/v21.0/" + wabaId + "/subscribed_apps"))
                .withHeader("Authorization", equalTo("Bearer " + token)).willReturn(json("{\"success\":true}")));
        wiremock.stubFor(post(urlPathEqualTo("/v21.0/" + phoneNumberId + "/register"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withRequestBody(equalToJson("{\"messaging_product\":\"whatsapp\",\"pin\":\"482913\"}"))
                .willReturn(json("{\"success\":true}")));

        String state = owner.as().post("/api/v1/businesses/" + business + "/connect/whatsapp").then().statusCode(201)
                .body("authorizationUrl", nullValue()).extract().path("state");
        owner.as().body(Map.of("state", state, "code", code, "wabaId", "not-a-number", "phoneNumberId", phoneNumberId))
                .post("/api/v1/connect/whatsapp").then().statusCode(400).body("errors.field", hasItem("wabaId"));
        String created = owner.as().body(Map.of("state", state, "code", code, "wabaId", wabaId,
                "phoneNumberId", phoneNumberId, "pin", "482913"))
                .post("/api/v1/connect/whatsapp").then().statusCode(201)
                .body("kind", org.hamcrest.Matchers.equalTo("WHATSAPP"))
                .body("mode", org.hamcrest.Matchers.equalTo("SANDBOX"))
                .body("platformIds.phoneNumberId", org.hamcrest.Matchers.equalTo(phoneNumberId))
                .body("platformIds.wabaId", org.hamcrest.Matchers.equalTo(wabaId))
                .extract().asString();
        assertThat(created).doesNotContain(token).doesNotContain("482913");
        wiremock.verify(1, postRequestedFor(urlPathEqualTo("/v21.0/" + wabaId + "/subscribed_apps")));
        wiremock.verify(1, postRequestedFor(urlPathEqualTo("/v21.0/" + phoneNumberId + "/register")));
        owner.as().body(Map.of("state", state, "code", code, "wabaId", wabaId, "phoneNumberId", phoneNumberId))
                .post("/api/v1/connect/whatsapp").then().statusCode(400).body("errors.field", hasItem("state"));
        assertThat(sql.count("select count(*) from channel_connection where tenant_id = $1", owner.tenantId())).isEqualTo(1);
    }

    private void stubFacebook(String code, String pageId, String igUserId, String pageToken) {
        String shortToken = "short-" + code;
        String longToken = "long-lived-" + code;
        wiremock.stubFor(get(urlPathEqualTo("/v21.0/oauth/access_token")).withQueryParam("code", equalTo(code))
                .withQueryParam("client_id", equalTo("test-meta-app-id"))
                .withQueryParam("client_secret", equalTo("test-meta-app-secret"))
                .withQueryParam("redirect_uri", equalTo(REDIRECT_FB))
                .willReturn(json("{\"access_token\":\"" + shortToken + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
        wiremock.stubFor(get(urlPathEqualTo("/v21.0/oauth/access_token"))
                .withQueryParam("grant_type", equalTo("fb_exchange_token"))
                .withQueryParam("fb_exchange_token", equalTo(shortToken))
                .withQueryParam("client_id", equalTo("test-meta-app-id"))
                .withQueryParam("client_secret", equalTo("test-meta-app-secret"))
                .willReturn(json("{\"access_token\":\"" + longToken + "\",\"token_type\":\"bearer\"}")));
        wiremock.stubFor(get(urlPathEqualTo("/v21.0/me/accounts"))
                .withHeader("Authorization", equalTo("Bearer " + longToken))
                .willReturn(json("{\"data\":[{\"id\":\"" + pageId + "\",\"name\":\"Asha Salon\",\"access_token\":\""
                        + pageToken + "\",\"category\":\"Beauty Salon\",\"tasks\":[\"MANAGE\",\"CREATE_CONTENT\"]}],"
                        + "\"paging\":{\"cursors\":{\"before\":\"a\",\"after\":\"b\"}}}")));
        MappingBuilder instagram = get(urlPathEqualTo("/v21.0/" + pageId))
                .withQueryParam("fields", equalTo("instagram_business_account{id,username}"))
                .withHeader("Authorization", equalTo("Bearer " + pageToken));
        wiremock.stubFor(instagram.willReturn(json("{\"instagram_business_account\":{\"id\":\"" + igUserId
                + "\",\"username\":\"ashasalon\"},\"id\":\"" + pageId + "\"}")));
    }

    private static Map<String, Object> googlePost(String connectionId, String text) {
        return Map.of("connectionId", connectionId, "idempotencyKey", key(),
                "action", Map.of("type", "POST", "text", text, "language", "en"));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static Map<String, String> query(String url) {
        return form(URI.create(url).getRawQuery());
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
