package com.verticallight.appointment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.verticallight.channel.ChannelFixtures;
import com.verticallight.job.JobRunner;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.TestClock;
import com.verticallight.support.WireMockPlatforms;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A business with a live WhatsApp connection whose messages endpoint WireMock answers, per test. */
public record ReminderFixture(Account owner, String businessId, String pnid, String connectionId, ZoneId zone,
        String language) {

    public static ReminderFixture withWhatsApp() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String businessId = ChannelFixtures.businessOf(owner);
        var business = owner.as().get("/api/v1/businesses/" + businessId).then().statusCode(200).extract().jsonPath();
        String pnid = ChannelFixtures.uniqueId();
        String connection = ChannelFixtures.whatsapp(owner, businessId, pnid, "LIVE");
        WireMockPlatforms.server().stubFor(post(urlEqualTo(messagesPath(pnid))).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.OUT" + pnid + "\"}]}")));
        return new ReminderFixture(owner, businessId, pnid, connection, ZoneId.of(business.getString("timeZone")),
                business.getString("language"));
    }

    public static String messagesPath(String pnid) {
        return "/v21.0/" + pnid + "/messages";
    }

    public List<LoggedRequest> sent() {
        WireMockServer wiremock = WireMockPlatforms.server();
        return wiremock.findAll(postRequestedFor(urlEqualTo(messagesPath(pnid))));
    }

    /** A phone number no other test uses, E.164. */
    public static String uniquePhone() {
        return "+9198" + String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000L));
    }

    /** Moves the test clock to the given time and runs every job that is due then. */
    public static void runJobsAt(TestClock clock, JobRunner runner, Instant at) {
        clock.advance(Duration.between(clock.instant(), at));
        for (int round = 0; round < 20; round++) {
            Integer claimed = runner.runDue("test-" + UUID.randomUUID()).await().atMost(Duration.ofSeconds(30));
            if (claimed == 0) {
                return;
            }
        }
    }
}
