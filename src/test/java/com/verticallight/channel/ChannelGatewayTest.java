package com.verticallight.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.verticallight.channel.ChannelFixtures.batch;
import static com.verticallight.channel.ChannelFixtures.key;
import static com.verticallight.channel.ChannelFixtures.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChannelGatewayTest {

    private static final String WA_OK = """
            {"messaging_product":"whatsapp","contacts":[{"input":"919812345678","wa_id":"919812345678"}],
             "messages":[{"id":"wamid.HBgLOTE5ODEyMzQ1Njc4"}]}""";

    @Inject
    Sql sql;

    @Inject
    TestClock clock;

    private final WireMockServer wiremock = WireMockPlatforms.server();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String messagesPath(String phoneNumberId) {
        return "/v21.0/" + phoneNumberId + "/messages";
    }

    private void stubWhatsApp(String phoneNumberId, int status, String body) {
        wiremock.stubFor(post(urlEqualTo(messagesPath(phoneNumberId)))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void aSandboxConnectionRecordsTheExactRequestAndSendsNothing() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String pnid = ChannelFixtures.uniqueId();
        String connection = ChannelFixtures.whatsapp(owner, ChannelFixtures.businessOf(owner), pnid, "SANDBOX");

        String deliveryId = owner.as().body(batch(template(connection, "+919812345678", "reminder", key())))
                .post("/api/v1/actions").then().statusCode(200)
                .body("results[0].status", equalTo("SIMULATED"))
                .body("results[0].wouldHaveSent", hasSize(1))
                .body("results[0].wouldHaveSent[0].method", equalTo("POST"))
                .body("results[0].wouldHaveSent[0].url", endsWith(messagesPath(pnid)))
                .body("results[0].wouldHaveSent[0].headers.Authorization", equalTo("Bearer ***"))
                .extract().path("results[0].deliveryId");

        assertThat(wiremock.findAll(postRequestedFor(urlEqualTo(messagesPath(pnid))))).isEmpty();
        owner.as().get("/api/v1/deliveries/" + deliveryId).then().statusCode(200)
                .body("status", equalTo("SIMULATED"))
                .body("mode", equalTo("SANDBOX"))
                .body("requests[0].body", org.hamcrest.Matchers.containsString("\"to\":\"919812345678\""))
                .body("requests[0].body", org.hamcrest.Matchers.containsString("\"name\":\"reminder\""));
    }

    @Test
    void aLiveConnectionSendsThePlatformsExactRequestAndLogsItsId() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String pnid = ChannelFixtures.uniqueId();
        String connection = ChannelFixtures.whatsapp(owner, ChannelFixtures.businessOf(owner), pnid, "LIVE");
        stubWhatsApp(pnid, 200, WA_OK);

        owner.as().body(batch(template(connection, "+919812345678", "reminder", key())))
                .post("/api/v1/actions").then().statusCode(200)
                .body("results[0].status", equalTo("SENT"))
                .body("results[0].platformId", equalTo("wamid.HBgLOTE5ODEyMzQ1Njc4"));

        wiremock.verify(1, postRequestedFor(urlEqualTo(messagesPath(pnid)))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + ChannelFixtures.WA_TOKEN))
                .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("application/json"))
                .withRequestBody(equalToJson("""
                        {"messaging_product":"whatsapp","recipient_type":"individual","to":"919812345678",
                         "type":"template","template":{"name":"reminder","language":{"code":"en"},
                         "components":[{"type":"body","parameters":[{"type":"text","text":"Asha"}]}]}}""")));
    }

    @Test
    void anIdempotencyKeyIsNeverSentTwice() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String pnid = ChannelFixtures.uniqueId();
        String connection = ChannelFixtures.whatsapp(owner, ChannelFixtures.businessOf(owner), pnid, "LIVE");
        stubWhatsApp(pnid, 200, WA_OK);
        String key = key();

        owner.as().body(batch(template(connection, "+919812345678", "reminder", key))).post("/api/v1/actions")
                .then().body("results[0].status", equalTo("SENT")).body("results[0].duplicate", equalTo(false));
        owner.as().body(batch(template(connection, "+919812345678", "reminder", key),
                template(connection, "+919812345678", "reminder", key))).post("/api/v1/actions")
                .then().body("results[0].duplicate", equalTo(true)).body("results[1].duplicate", equalTo(true))
                .body("results[0].status", equalTo("SENT"));

        wiremock.verify(1, postRequestedFor(urlEqualTo(messagesPath(pnid))));
        assertThat(sql.count("select count(*) from delivery where tenant_id = $1", owner.tenantId())).isOne();
    }

    @Test
    void a503IsRetriedWithBackoffUntilItSucceeds() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String pnid = ChannelFixtures.uniqueId();
        String connection = ChannelFixtures.whatsapp(owner, ChannelFixtures.businessOf(owner), pnid, "LIVE");
        String scenario = "flaky-" + pnid;
        wiremock.stubFor(post(urlEqualTo(messagesPath(pnid))).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503)).willSetStateTo("again"));
        wiremock.stubFor(post(urlEqualTo(messagesPath(pnid))).inScenario(scenario)
                .whenScenarioStateIs("again").willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        wiremock.stubFor(post(urlEqualTo(messagesPath(pnid))).inScenario(scenario)
                .whenScenarioStateIs("ok").willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody(WA_OK)));

        String deliveryId = owner.as().body(batch(template(connection, "+919812345678", "reminder", key())))
                .post("/api/v1/actions").then().body("results[0].status", equalTo("SENT"))
                .extract().path("results[0].deliveryId");

        wiremock.verify(3, postRequestedFor(urlEqualTo(messagesPath(pnid))));
        owner.as().get("/api/v1/deliveries/" + deliveryId).then().body("attempts", equalTo(3));
    }

    @Test
    void retryAfterIsHonouredBeforeTheNextAttempt() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String pnid = ChannelFixtures.uniqueId();
        String connection = ChannelFixtures.whatsapp(owner, ChannelFixtures.businessOf(owner), pnid, "LIVE");
        String scenario = "throttled-" + pnid;
        wiremock.stubFor(post(urlEqualTo(messagesPath(pnid))).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
        wiremock.stubFor(post(urlEqualTo(messagesPath(pnid))).inScenario(scenario)
                .whenScenarioStateIs("ok").willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody(WA_OK)));

        owner.as().body(batch(template(connection, "+919812345678", "reminder", key()))).post("/api/v1/actions")
                .then().body("results[0].status", equalTo("SENT"));

        List<LoggedRequest> requests = wiremock.findAll(postRequestedFor(urlEqualTo(messagesPath(pnid))));
        assertThat(requests).hasSize(2);
        long gapMillis = requests.get(1).getLoggedDate().getTime() - requests.get(0).getLoggedDate().getTime();
        assertThat(gapMillis).as("waited for Retry-After: 1").isGreaterThanOrEqualTo(950);
    }

    @Test
    void anExpiredTokenIsNotRetriedAndMarksTheConnectionForReauthorisation() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String pnid = ChannelFixtures.uniqueId();
        String connection = ChannelFixtures.whatsapp(owner, ChannelFixtures.businessOf(owner), pnid, "LIVE");
        stubWhatsApp(pnid, 401, """
                {"error":{"message":"Error validating access token: Session has expired","type":"OAuthException",
                 "code":190,"error_subcode":463,"fbtrace_id":"A1b2"}}""");

        owner.as().body(batch(template(connection, "+919812345678", "reminder", key()))).post("/api/v1/actions")
                .then().body("results[0].status", equalTo("FAILED"))
                .body("results[0].errorKind", equalTo("AUTH_EXPIRED"));

        wiremock.verify(1, postRequestedFor(urlEqualTo(messagesPath(pnid))));
        owner.as().get("/api/v1/connections/" + connection).then().body("status", equalTo("NEEDS_REAUTH"));
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndClosesAfterASuccessfulTrial() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String pnid = ChannelFixtures.uniqueId();
        String connection = ChannelFixtures.whatsapp(owner, ChannelFixtures.businessOf(owner), pnid, "LIVE");
        stubWhatsApp(pnid, 503, "{}");

        // 4 attempts, then 1 more: 5 consecutive failures open the circuit
        owner.as().body(batch(template(connection, "+919812345678", "reminder", key()))).post("/api/v1/actions")
                .then().body("results[0].errorKind", equalTo("TRANSIENT"));
        owner.as().body(batch(template(connection, "+919812345678", "reminder", key()))).post("/api/v1/actions")
                .then().body("results[0].errorKind", equalTo("CIRCUIT_OPEN"));
        owner.as().body(batch(template(connection, "+919812345678", "reminder", key()))).post("/api/v1/actions")
                .then().body("results[0].errorKind", equalTo("CIRCUIT_OPEN"));
        wiremock.verify(5, postRequestedFor(urlEqualTo(messagesPath(pnid))));

        stubWhatsApp(pnid, 200, WA_OK);
        clock.advance(Duration.ofSeconds(31));
        owner.as().body(batch(template(connection, "+919812345678", "reminder", key()))).post("/api/v1/actions")
                .then().body("results[0].status", equalTo("SENT"));
        owner.as().body(batch(template(connection, "+919812345678", "reminder", key()))).post("/api/v1/actions")
                .then().body("results[0].status", equalTo("SENT"));
        wiremock.verify(7, postRequestedFor(urlEqualTo(messagesPath(pnid))));
    }

    @Test
    void aPlatformThatTimesOutDoesNotHoldBackTheOthers() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String business = ChannelFixtures.businessOf(owner);
        String pnid = ChannelFixtures.uniqueId();
        String pageId = ChannelFixtures.uniqueId();
        String whatsapp = ChannelFixtures.whatsapp(owner, business, pnid, "LIVE");
        String facebook = ChannelFixtures.facebook(owner, business, pageId, "LIVE");
        stubWhatsApp(pnid, 200, WA_OK);
        wiremock.stubFor(post(urlEqualTo("/v21.0/" + pageId + "/feed"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(2500).withBody("{\"id\":\"1_2\"}")));

        owner.as().body(batch(ChannelFixtures.post(facebook, "Diwali offer: 20% off", key()),
                template(whatsapp, "+919812345678", "reminder", key())))
                .post("/api/v1/actions").then().statusCode(200)
                .body("results[0].status", equalTo("UNCERTAIN"))
                .body("results[0].errorKind", equalTo("UNCONFIRMED"))
                .body("results[0].message", containsString("it may have arrived, so it was not sent again"))
                .body("results[1].status", equalTo("SENT"));

        List<LoggedRequest> facebookCalls = wiremock.findAll(postRequestedFor(urlEqualTo("/v21.0/" + pageId + "/feed")));
        LoggedRequest whatsappCall = wiremock.findAll(postRequestedFor(urlEqualTo(messagesPath(pnid)))).get(0);
        assertThat(facebookCalls).as("a post that may have gone up is never sent again: it could appear twice")
                .hasSize(1);
        assertThat(whatsappCall.getLoggedDate()).as("WhatsApp was called while Facebook's call was still timing out")
                .isBefore(new java.util.Date(facebookCalls.get(0).getLoggedDate().getTime() + 2000));
    }

    @Test
    void aConnectionCutAfterAMessageWasWrittenIsNotSentAgain() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String business = ChannelFixtures.businessOf(owner);
        String pnid = ChannelFixtures.uniqueId();
        String whatsapp = ChannelFixtures.whatsapp(owner, business, pnid, "LIVE");
        wiremock.stubFor(post(urlEqualTo(messagesPath(pnid)))
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        owner.as().body(batch(template(whatsapp, "+919812345678", "reminder", key()))).post("/api/v1/actions")
                .then().statusCode(200).body("results[0].status", equalTo("UNCERTAIN"));
        wiremock.verify(1, postRequestedFor(urlEqualTo(messagesPath(pnid))));
        owner.as().get("/api/v1/businesses/" + business + "/manual-tasks").then()
                .body("guidanceKey", org.hamcrest.Matchers.hasItem("delivery-uncertain"));

    }

    @Test
    void credentialsNeverAppearInResponsesOrLogs() throws Exception {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String pnid = ChannelFixtures.uniqueId();
        String connection = ChannelFixtures.whatsapp(owner, ChannelFixtures.businessOf(owner), pnid, "LIVE");
        stubWhatsApp(pnid, 400, "{\"error\":{\"message\":\"(#131047) Re-engagement message\",\"code\":131047}}");

        String actions = owner.as().body(batch(template(connection, "+919812345678", "reminder", key())))
                .post("/api/v1/actions").then().statusCode(200)
                .body("results[0].errorCode", equalTo("131047")).extract().asString();
        String view = owner.as().get("/api/v1/connections/" + connection).then().statusCode(200)
                .body("credentialNames", org.hamcrest.Matchers.contains("accessToken")).extract().asString();
        String list = owner.as().get("/api/v1/deliveries").then().statusCode(200).extract().asString();
        String stored = sql.query("select credentials_ciphertext from channel_connection where id = $1",
                java.util.UUID.fromString(connection))
                .get(0).getString(0);

        assertThat(List.of(actions, view, list, stored)).noneMatch(text -> text.contains(ChannelFixtures.WA_TOKEN));
        Path log = Path.of("target/quarkus-test.log");
        assertThat(log).exists();
        assertThat(Files.readString(log))
                .as("the log of this test run, which includes the failed call's warnings")
                .contains("Profile test activated")
                .doesNotContain(ChannelFixtures.WA_TOKEN);
    }
}
