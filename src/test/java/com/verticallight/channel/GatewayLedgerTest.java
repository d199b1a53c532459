package com.verticallight.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.verticallight.channel.ChannelFixtures.batch;
import static com.verticallight.channel.ChannelFixtures.key;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.verticallight.support.Accounts.Account;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GatewayLedgerTest {

    @Test
    void livePostsAreAutomatedWorkAndSandboxPostsAreKeptApart() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String business = ChannelFixtures.businessOf(owner);
        String livePage = ChannelFixtures.uniqueId();
        String live = ChannelFixtures.facebook(owner, business, livePage, "LIVE");
        String sandbox = ChannelFixtures.facebook(owner, business, ChannelFixtures.uniqueId(), "SANDBOX");
        WireMockPlatforms.server().stubFor(post(urlEqualTo("/v21.0/" + livePage + "/feed")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"id\":\"1_2\"}")));

        owner.as().body(batch(ChannelFixtures.post(live, "Weekend offer", key()),
                ChannelFixtures.post(sandbox, "Weekend offer", key()))).post("/api/v1/actions").then().statusCode(200)
                .body("results.status", org.hamcrest.Matchers.contains("SENT", "SIMULATED"));

        owner.as().get("/api/v1/ledger?businessId=" + business).then().statusCode(200)
                .body("", hasSize(2))
                .body("find { it.sandbox == false }.taskType", equalTo("social_post"))
                .body("find { it.sandbox == false }.automated", equalTo(true))
                .body("find { it.sandbox == true }.outcome", equalTo("DONE"));
    }

    @Test
    void anExpiredTokenBecomesAManualTaskWithReconnectGuidance() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String business = ChannelFixtures.businessOf(owner);
        String pnid = ChannelFixtures.uniqueId();
        String connection = ChannelFixtures.whatsapp(owner, business, pnid, "LIVE");
        WireMockPlatforms.server().stubFor(post(urlEqualTo("/v21.0/" + pnid + "/messages")).willReturn(aResponse()
                .withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Session has expired\",\"type\":\"OAuthException\",\"code\":190}}")));

        owner.as().body(batch(ChannelFixtures.template(connection, "+919812345678", "reminder", key())))
                .post("/api/v1/actions").then().body("results[0].errorKind", equalTo("AUTH_EXPIRED"));

        owner.as().get("/api/v1/businesses/" + business + "/manual-tasks").then().statusCode(200)
                .body("guidanceKey", hasItem("reconnect-whatsapp"))
                .body("find { it.guidanceKey == 'reconnect-whatsapp' }.status", equalTo("OPEN"));
    }

    @Test
    void anUnknownTaskTypeIsRefusedBeforeAnythingIsSent() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String business = ChannelFixtures.businessOf(owner);
        String pnid = ChannelFixtures.uniqueId();
        String connection = ChannelFixtures.whatsapp(owner, business, pnid, "LIVE");
        owner.as().body(batch(Map.of("connectionId", connection, "urgent", true, "taskType", "world_domination",
                "action", Map.of("type", "TEMPLATE", "to", "+919812345678", "templateName", "x", "language", "en"))))
                .post("/api/v1/actions").then().statusCode(400)
                .body("errors[0].field", equalTo("actions[0].taskType"));
        WireMockPlatforms.server().verify(0, postRequestedFor(urlEqualTo("/v21.0/" + pnid + "/messages")));
    }
}
