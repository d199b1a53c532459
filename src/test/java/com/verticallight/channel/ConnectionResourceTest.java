package com.verticallight.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConnectionResourceTest {

    @Inject
    Sql sql;

    @Test
    void aNewConnectionStartsInSandboxAndNeverShowsItsCredentials() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String business = ChannelFixtures.businessOf(owner);
        String id = owner.as().body(Map.of("kind", "SMS_TWILIO", "platformIds", Map.of("from", "+15005550006"),
                "credentials", Map.of("accountSid", "AC123", "authToken", "very-secret-token")))
                .post("/api/v1/businesses/" + business + "/connections").then().statusCode(201)
                .body("mode", equalTo("SANDBOX"))
                .body("status", equalTo("OK"))
                .body("credentialNames", contains("accountSid", "authToken"))
                .extract().path("id");
        String shown = owner.as().get("/api/v1/connections/" + id).then().statusCode(200).extract().asString();
        String stored = sql.query("select credentials_ciphertext from channel_connection where id = $1",
                UUID.fromString(id)).get(0).getString(0);
        assertThat(shown).doesNotContain("very-secret-token");
        assertThat(stored).startsWith("v1:").doesNotContain("very-secret-token");
    }

    @Test
    void missingIdsAndCredentialsAreNamedAndNothingIsStored() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String business = ChannelFixtures.businessOf(owner);
        owner.as().body(Map.of("kind", "GOOGLE_BUSINESS_PROFILE", "platformIds", Map.of("accountId", "1"),
                "credentials", Map.of()))
                .post("/api/v1/businesses/" + business + "/connections").then().statusCode(400)
                .body("errors.field", hasItems("platformIds.locationId", "credentials.accessToken"));
        owner.as().body(Map.of("kind", "TELEGRAM", "platformIds", Map.of(), "credentials", Map.of()))
                .post("/api/v1/businesses/" + business + "/connections").then().statusCode(400);
        assertThat(sql.count("select count(*) from channel_connection where tenant_id = $1", owner.tenantId())).isZero();
    }

    @Test
    void testingAConnectionReadsThePlatformAndRecordsItsHealth() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String business = ChannelFixtures.businessOf(owner);
        String good = ChannelFixtures.uniqueId();
        String expired = ChannelFixtures.uniqueId();
        WireMockPlatforms.server().stubFor(get(urlPathEqualTo("/v21.0/" + good)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + good + "\"}")));
        WireMockPlatforms.server().stubFor(get(urlPathEqualTo("/v21.0/" + expired)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Session has expired\",\"type\":\"OAuthException\",\"code\":190}}")));
        String ok = ChannelFixtures.whatsapp(owner, business, good, "SANDBOX");
        String stale = ChannelFixtures.whatsapp(owner, business, expired, "SANDBOX");

        owner.as().post("/api/v1/connections/" + ok + "/test").then().statusCode(200)
                .body("ok", equalTo(true)).body("status", equalTo("OK"));
        owner.as().post("/api/v1/connections/" + stale + "/test").then().statusCode(200)
                .body("ok", equalTo(false)).body("status", equalTo("NEEDS_REAUTH"));
        owner.as().get("/api/v1/connections/" + stale).then().body("status", equalTo("NEEDS_REAUTH"));

        owner.as().body(Map.of("credentials", Map.of("accessToken", "fresh-token"))).patch("/api/v1/connections/" + stale)
                .then().statusCode(200).body("status", equalTo("OK"));
    }

    @Test
    void switchingToLiveAndDisconnecting() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String id = ChannelFixtures.whatsapp(owner, ChannelFixtures.businessOf(owner), ChannelFixtures.uniqueId(), "SANDBOX");
        owner.as().body(Map.of("mode", "LIVE")).patch("/api/v1/connections/" + id).then().statusCode(200)
                .body("mode", equalTo("LIVE"));
        owner.as().delete("/api/v1/connections/" + id).then().statusCode(204);
        owner.as().get("/api/v1/connections/" + id).then().statusCode(404);
    }
}
