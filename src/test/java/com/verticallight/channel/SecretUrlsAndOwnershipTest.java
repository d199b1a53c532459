package com.verticallight.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Secrets in tenant URLs stay out of the delivery log; one live owner per platform id. */
@QuarkusTest
class SecretUrlsAndOwnershipTest {

    private final WireMockServer wiremock = WireMockPlatforms.server();

    @Test
    void aLiveSlackHookIsSentButTheDeliveryLogNeverShowsItsSecretPath() {
        String hook = "/services/T0AB12/B0CD34/" + ChannelFixtures.uniqueId() + "s3cr3tHookToken";
        wiremock.stubFor(post(urlEqualTo(hook)).willReturn(aResponse().withStatus(200).withBody("ok")));
        Account owner = ChannelFixtures.tenantWithBusiness();
        String connection = ChannelFixtures.connect(owner, ChannelFixtures.businessOf(owner), "SLACK", Map.of(),
                Map.of("webhookUrl", wiremock.baseUrl() + hook), "LIVE");

        String delivery = owner.as().body(ChannelFixtures.batch(Map.of("connectionId", connection,
                        "idempotencyKey", ChannelFixtures.key(), "action", Map.of("type", "NOTIFY", "text", "New lead"))))
                .post("/api/v1/actions").then().statusCode(200)
                .body("results[0].status", equalTo("SENT"))
                .extract().path("results[0].deliveryId");

        wiremock.verify(1, postRequestedFor(urlEqualTo(hook)));
        String logged = owner.as().get("/api/v1/deliveries/" + delivery).then().statusCode(200)
                .body("requests[0].url", equalTo(wiremock.baseUrl() + "/***"))
                .extract().asString();
        assertThat(logged).doesNotContain("s3cr3tHookToken").doesNotContain("/services/");
    }

    @Test
    void aWebhookUrlWithATokenIsMaskedInTheDeliveryLog() {
        String path = "/hooks/catch/" + ChannelFixtures.uniqueId() + "/pathSecret9";
        wiremock.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)));
        Account owner = ChannelFixtures.tenantWithBusiness();
        String connection = ChannelFixtures.connect(owner, ChannelFixtures.businessOf(owner), "WEBHOOK",
                Map.of("url", wiremock.baseUrl() + path + "?access_token=querySecret7&x=1"), Map.of("secret", "s"), "LIVE");

        String delivery = owner.as().body(ChannelFixtures.batch(Map.of("connectionId", connection,
                        "idempotencyKey", ChannelFixtures.key(), "action", Map.of("type", "EVENT", "event", "lead.created",
                                "data", Map.of("name", "Ravi")))))
                .post("/api/v1/actions").then().statusCode(200)
                .body("results[0].status", equalTo("SENT"))
                .extract().path("results[0].deliveryId");

        wiremock.verify(1, postRequestedFor(urlPathEqualTo(path)));
        String logged = owner.as().get("/api/v1/deliveries/" + delivery).then().statusCode(200)
                .body("requests[0].url", equalTo(wiremock.baseUrl() + "/***?access_token=***&x=1"))
                .extract().asString();
        assertThat(logged).doesNotContain("pathSecret9").doesNotContain("querySecret7");
    }

    @Test
    void aSecondAccountCannotTakeALiveWhatsAppNumberOrPage() {
        String phoneNumberId = ChannelFixtures.uniqueId();
        String pageId = ChannelFixtures.uniqueId();
        Account first = ChannelFixtures.tenantWithBusiness();
        String firstBusiness = ChannelFixtures.businessOf(first);
        ChannelFixtures.whatsapp(first, firstBusiness, phoneNumberId, "LIVE");
        ChannelFixtures.facebook(first, firstBusiness, pageId, "LIVE");

        Account second = ChannelFixtures.tenantWithBusiness();
        String secondBusiness = ChannelFixtures.businessOf(second);
        second.as().body(Map.of("kind", "WHATSAPP", "platformIds", Map.of("phoneNumberId", phoneNumberId),
                        "credentials", Map.of("accessToken", "t"), "mode", "LIVE"))
                .post("/api/v1/businesses/" + secondBusiness + "/connections")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", hasItem("platformIds.phoneNumberId"));
        second.as().body(Map.of("kind", "FACEBOOK_PAGE", "platformIds", Map.of("pageId", pageId),
                        "credentials", Map.of("accessToken", "t"), "mode", "LIVE"))
                .post("/api/v1/businesses/" + secondBusiness + "/connections")
                .then().statusCode(409).body("errors.field", hasItem("platformIds.pageId"));

        // a sandbox connection takes nothing from anyone, but it cannot go live while the id is taken
        String sandbox = ChannelFixtures.whatsapp(second, secondBusiness, phoneNumberId, "SANDBOX");
        second.as().body(Map.of("mode", "LIVE")).patch("/api/v1/connections/" + sandbox)
                .then().statusCode(409).body("errors.field", hasItem("platformIds.phoneNumberId"));
    }
}
