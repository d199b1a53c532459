package com.verticallight.lead;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.verticallight.channel.WebhookTestSupport.deliver;
import static com.verticallight.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import com.verticallight.channel.ChannelFixtures;
import com.verticallight.job.JobRunner;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A Facebook lead ad reaches the business as a lead: webhook, Graph read, first reply; once per leadgen id. */
@QuarkusTest
class FacebookLeadAdTest {

    @Inject
    TestClock clock;

    @Inject
    JobRunner runner;

    @Inject
    Sql sql;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void runDueJobs() {
        runner.runDue("lead-ad-test").await().atMost(Duration.ofSeconds(30));
    }

    private static String leadgen(String pageId, String leadgenId) {
        return """
                {"object":"page","entry":[{"id":"%s","time":1764000000,"changes":[{"field":"leadgen","value":{
                 "ad_id":"6045","form_id":"9876","leadgen_id":"%s","created_time":1764000000,"page_id":"%s",
                 "adgroup_id":"6046"}}]}]}""".formatted(pageId, leadgenId, pageId);
    }

    private long leadAdJobs(LeadFixture f, String leadgenId) {
        return sql.count("select count(*) from job where tenant_id = $1 and idempotency_key = $2",
                f.owner().tenantId(), "leadgen:" + leadgenId);
    }

    @Test
    void aLeadAdBecomesALeadWithItsAnswersAndIsAnsweredOnce() {
        LeadFixture f = LeadFixture.liveWhatsApp(clock);
        String pageId = ChannelFixtures.uniqueId();
        String leadgenId = ChannelFixtures.uniqueId();
        String phone = LeadFixture.phone();
        ChannelFixtures.facebook(f.owner(), f.businessId(), pageId, "LIVE");
        WireMockPlatforms.server().stubFor(get(urlEqualTo("/v21.0/" + leadgenId)).willReturn(okJson("""
                {"created_time":"2026-11-26T05:30:00+0000","id":"%s","field_data":[
                 {"name":"full_name","values":["Priya Nair"]},{"name":"phone_number","values":["%s"]},
                 {"name":"email","values":["priya@example.com"]},
                 {"name":"which_service?","values":["Bridal makeup"]}]}""".formatted(leadgenId, phone))));

        deliver(leadgen(pageId, leadgenId)).statusCode(200);
        deliver(leadgen(pageId, leadgenId)).statusCode(200);
        eventually(() -> leadAdJobs(f, leadgenId) == 1, "the lead ad is queued");
        runDueJobs();
        runDueJobs();

        WireMockPlatforms.server().verify(1, getRequestedFor(urlEqualTo("/v21.0/" + leadgenId))
                .withHeader("Authorization", equalTo("Bearer " + ChannelFixtures.FB_TOKEN)));
        WireMockPlatforms.server().verify(1, f.template(phone, "lead_welcome"));
        JsonPath leads = f.owner().as().get("/api/v1/businesses/" + f.businessId() + "/leads?status=CONTACTED")
                .then().statusCode(200).body("", hasSize(1)).extract().jsonPath();
        String leadId = leads.getString("[0].id");
        JsonPath lead = f.owner().as().get("/api/v1/leads/" + leadId).then().statusCode(200).extract().jsonPath();
        assertThat(lead.getString("source")).isEqualTo("FACEBOOK");
        assertThat(lead.getString("contact.name")).isEqualTo("Priya Nair");
        assertThat(lead.getString("contact.phone")).isEqualTo(phone);
        assertThat(lead.getString("contact.email")).isEqualTo("priya@example.com");
        assertThat(lead.getString("message")).isEqualTo("which service?: Bridal makeup");
        assertThat(lead.getList("pendingFollowUps")).hasSize(2);
    }

    @Test
    void aLeadThatCannotBeReadBecomesATaskForTheOwnerAfterTheRetries() {
        LeadFixture f = LeadFixture.liveWhatsApp(clock);
        String pageId = ChannelFixtures.uniqueId();
        String leadgenId = ChannelFixtures.uniqueId();
        ChannelFixtures.facebook(f.owner(), f.businessId(), pageId, "LIVE");
        WireMockPlatforms.server().stubFor(get(urlEqualTo("/v21.0/" + leadgenId)).willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", "application/json").withBody("""
                {"error":{"message":"Error validating access token: Session has expired","type":"OAuthException",
                 "code":190,"error_subcode":463,"fbtrace_id":"AbC"}}""")));

        deliver(leadgen(pageId, leadgenId)).statusCode(200);
        eventually(() -> leadAdJobs(f, leadgenId) == 1, "the lead ad is queued");
        runDueJobs();
        assertThat(openTasks(f)).as("still retrying").isZero();
        for (int attempt = 2; attempt <= LeadAdJob.ATTEMPTS; attempt++) {
            clock.advance(Duration.ofHours(1));
            runDueJobs();
        }

        assertThat(openTasks(f)).isOne();
        f.owner().as().get("/api/v1/businesses/" + f.businessId() + "/leads").then().statusCode(200)
                .body("", hasSize(0));
        assertThat(sql.count("select count(*) from job where tenant_id = $1 and idempotency_key = $2"
                + " and status = 'DONE'", f.owner().tenantId(), "leadgen:" + leadgenId)).isOne();
    }

    private long openTasks(LeadFixture f) {
        return sql.count("select count(*) from manual_task where tenant_id = $1 and guidance_key = 'facebook-lead-unread'"
                + " and status = 'OPEN'", f.owner().tenantId());
    }
}
