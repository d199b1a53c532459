package com.verticallight.tier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.verticallight.job.JobRunner;
import com.verticallight.support.TestClock;
import com.verticallight.channel.ChannelFixtures;
import com.verticallight.channel.connector.webhook.WebhookSignature;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CrmExportTest {

    private static final String SECRET = "crm-signing-secret";

    @Inject
    Sql sql;

    @Inject
    TestClock clock;

    @Inject
    JobRunner runner;

    private final WireMockServer wiremock = WireMockPlatforms.server();

    private static String contact(Account account, String name, String phone) {
        return account.as().body(Map.of("name", name, "phone", phone)).post("/api/v1/contacts")
                .then().statusCode(201).extract().path("id");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void runJobs() {
        runner.runDue("crm-export-test").await().atMost(Duration.ofSeconds(60));
    }

    private static ResponseDefinitionBuilder status(int code) {
        return aResponse().withStatus(code);
    }

    @Test
    void contactsAndLeadsReachTheCrmOnceEachThoughAFailedBatchIsRetriedByTheJob() {
        Account chain = Accounts.signup("ENTERPRISE");
        String businessId = Accounts.createBusiness(chain, "Chain HQ");
        String path = "/crm/" + UUID.randomUUID();
        String scenario = "crm-" + UUID.randomUUID();
        // batch 2 fails with 500 on every try of the first run (the gateway tries 4 times), then is accepted
        wiremock.stubFor(post(urlEqualTo(path)).willReturn(status(200)));
        String state = Scenario.STARTED;
        for (int i = 1; i <= 4; i++) {
            wiremock.stubFor(post(urlEqualTo(path)).withRequestBody(matchingJsonPath("$.data[?(@.batch == 2)]"))
                    .inScenario(scenario).whenScenarioStateIs(state).willReturn(status(500)).willSetStateTo("failed-" + i));
            state = "failed-" + i;
        }
        wiremock.stubFor(post(urlEqualTo(path)).withRequestBody(matchingJsonPath("$.data[?(@.batch == 2)]"))
                .inScenario(scenario).whenScenarioStateIs(state).willReturn(status(200)));
        String connectionId = ChannelFixtures.connect(chain, businessId, "WEBHOOK",
                Map.of("url", wiremock.baseUrl() + path), Map.of("secret", SECRET), "LIVE");
        contact(chain, "Asha", "+919830000001");
        String ravi = contact(chain, "Ravi", "+919830000002");
        contact(chain, "Meena", "+919830000003");
        chain.as().body(Map.of("reason", "STOP")).post("/api/v1/contacts/" + ravi + "/channels/WHATSAPP/opt-out")
                .then().statusCode(200);
        String leadId = chain.as().body(Map.of("phone", "+919830000004", "name", "Kiran", "message", "Price of a facial?"))
                .post("/api/v1/businesses/" + businessId + "/leads").then().statusCode(201).extract().path("id");

        String exportId = chain.as().body(Map.of("connectionId", connectionId, "batchSize", 2))
                .post("/api/v1/crm-export").then().statusCode(202)
                .body("status", equalTo("PENDING"))
                .body("jobId", notNullValue())
                .extract().path("exportId");
        chain.as().get("/api/v1/crm-exports/" + exportId).then().statusCode(200)
                .body("status", equalTo("PENDING")).body("batchesSent", equalTo(0));
        assertThat(wiremock.findAll(postRequestedFor(urlEqualTo(path)))).isEmpty();

        runJobs();
        // 4 contacts (Kiran came with the lead) in 2 batches, then 1 lead: batch 2 failed after the gateway's tries
        chain.as().get("/api/v1/crm-exports/" + exportId).then().statusCode(200)
                .body("status", equalTo("RETRYING"))
                .body("contacts", equalTo(4)).body("leads", equalTo(1)).body("batches", equalTo(3))
                .body("batchesSent", equalTo(2)).body("batchesFailed", equalTo(1))
                .body("attempts", equalTo(1))
                .body("lastError", containsString("batch 2"))
                .body("batchList.status", contains("SENT", "FAILED", "SENT"))
                .body("batchList.kind", contains("CONTACTS", "CONTACTS", "LEADS"));

        clock.advance(Duration.ofSeconds(31)); // the job's first backoff is 30 s
        runJobs();
        chain.as().get("/api/v1/crm-exports/" + exportId).then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("batchesSent", equalTo(3)).body("batchesFailed", equalTo(0)).body("attempts", equalTo(2))
                .body("batchList.failedTries", contains(0, 1, 0));
        clock.advance(Duration.ofHours(2));
        runJobs();

        Map<Integer, List<Integer>> answersByBatch = new TreeMap<>();
        Map<Integer, String> acceptedBody = new TreeMap<>();
        for (ServeEvent event : wiremock.getAllServeEvents()) {
            if (!event.getRequest().getUrl().equals(path)) {
                continue;
            }
            String body = event.getRequest().getBodyAsString();
            assertThat(event.getRequest().getHeader("X-Signature")).isEqualTo(WebhookSignature.sign(SECRET,
                    event.getRequest().getBody()));
            int batch = JsonPath.from(body).getInt("data.batch");
            answersByBatch.computeIfAbsent(batch, b -> new ArrayList<>()).add(event.getResponse().getStatus());
            if (event.getResponse().getStatus() == 200) {
                assertThat(acceptedBody.put(batch, body)).as("batch " + batch + " accepted twice").isNull();
            }
        }
        assertThat(answersByBatch).containsOnlyKeys(1, 2, 3);
        assertThat(answersByBatch.get(1)).containsExactly(200);
        assertThat(answersByBatch.get(3)).containsExactly(200);
        assertThat(answersByBatch.get(2)).containsExactlyInAnyOrder(500, 500, 500, 500, 200);

        List<String> names = new ArrayList<>();
        for (int batch = 1; batch <= 2; batch++) {
            JsonPath body = JsonPath.from(acceptedBody.get(batch));
            assertThat(body.getString("event")).isEqualTo("crm.contacts.batch");
            assertThat(body.getInt("data.batches")).isEqualTo(3);
            assertThat(body.getString("data.exportId")).isEqualTo(exportId);
            names.addAll(body.getList("data.contacts.name"));
            if (body.getList("data.contacts.name").contains("Ravi")) {
                assertThat(body.getList("data.contacts.find { it.name == 'Ravi' }.optedOut")).containsExactly("WHATSAPP");
                assertThat(body.getString("data.contacts.find { it.name == 'Ravi' }.phone")).isEqualTo("+919830000002");
            }
        }
        assertThat(names).containsExactlyInAnyOrder("Asha", "Ravi", "Meena", "Kiran");
        JsonPath leads = JsonPath.from(acceptedBody.get(3));
        assertThat(leads.getString("event")).isEqualTo("crm.leads.batch");
        String kiranContact = sql.query("select contact_id from lead where id = $1", UUID.fromString(leadId)).get(0)
                .getUUID("contact_id").toString();
        assertThat(List.of(leads.getString("data.leads[0].id"), leads.getString("data.leads[0].businessId"),
                leads.getString("data.leads[0].contactId"), leads.getString("data.leads[0].source")))
                .containsExactly(leadId, businessId, kiranContact, "API");
        assertThat(leads.getString("data.leads[0].status")).isIn("NEW", "CONTACTED");
        assertThat(leads.getString("data.leads[0].priority")).isEqualTo("MEDIUM");
        assertThat(sql.count("select count(*) from automation_ledger where business_id = $1 and task_type = 'crm_export'"
                + " and automated and not sandbox and outcome = 'DONE'", UUID.fromString(businessId))).isEqualTo(3);
    }

    @Test
    void onlyAWebhookConnectionCanReceiveTheExport() {
        Account chain = Accounts.signup("ENTERPRISE");
        String businessId = Accounts.createBusiness(chain, "Chain HQ");
        String whatsapp = ChannelFixtures.whatsapp(chain, businessId, ChannelFixtures.uniqueId(), "SANDBOX");

        chain.as().body(Map.of("connectionId", whatsapp)).post("/api/v1/crm-export").then().statusCode(400)
                .body("errors[0].field", equalTo("connectionId"));
        chain.as().body(Map.of("connectionId", UUID.randomUUID().toString())).post("/api/v1/crm-export")
                .then().statusCode(400).body("errors[0].field", equalTo("connectionId"));
    }
}
