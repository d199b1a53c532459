package com.verticallight.tier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.verticallight.channel.ChannelFixtures;
import com.verticallight.channel.connector.webhook.WebhookSignature;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CrmExportTest {

    private static final String SECRET = "crm-signing-secret";

    @Inject
    Sql sql;

    private final WireMockServer wiremock = WireMockPlatforms.server();

    private static String contact(Account account, String name, String phone) {
        return account.as().body(Map.of("name", name, "phone", phone)).post("/api/v1/contacts")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void contactsGoToTheCrmInSignedBatchesWithTheirOptOuts() {
        Account chain = Accounts.signup("ENTERPRISE");
        String businessId = Accounts.createBusiness(chain, "Chain HQ");
        String path = "/crm/" + UUID.randomUUID();
        wiremock.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        String connectionId = ChannelFixtures.connect(chain, businessId, "WEBHOOK",
                Map.of("url", wiremock.baseUrl() + path), Map.of("secret", SECRET), "LIVE");
        contact(chain, "Asha", "+919830000001");
        String ravi = contact(chain, "Ravi", "+919830000002");
        contact(chain, "Meena", "+919830000003");
        chain.as().body(Map.of("reason", "STOP")).post("/api/v1/contacts/" + ravi + "/channels/WHATSAPP/opt-out")
                .then().statusCode(200);

        chain.as().body(Map.of("connectionId", connectionId, "batchSize", 2)).post("/api/v1/crm-export")
                .then().statusCode(200)
                .body("contacts", equalTo(3))
                .body("batches.contacts", contains(2, 1))
                .body("batches.status", contains("SENT", "SENT"));

        // a transient network error may make the gateway send a batch again: the receiver dedupes by (exportId, batch)
        List<LoggedRequest> requests = wiremock.findAll(postRequestedFor(urlEqualTo(path)));
        Map<Integer, String> bodyByBatch = new java.util.TreeMap<>();
        List<String> names = new ArrayList<>();
        for (LoggedRequest request : requests) {
            assertThat(request.getHeader("X-Signature")).isEqualTo(WebhookSignature.sign(SECRET, request.getBody()));
            JsonPath body = JsonPath.from(request.getBodyAsString());
            assertThat(body.getString("event")).isEqualTo("crm.contacts.batch");
            assertThat(body.getInt("data.batches")).isEqualTo(2);
            String earlier = bodyByBatch.putIfAbsent(body.getInt("data.batch"), request.getBodyAsString());
            if (earlier != null) {
                assertThat(request.getBodyAsString()).as("a resent batch is the same batch").isEqualTo(earlier);
                continue;
            }
            names.addAll(body.getList("data.contacts.name"));
            if (body.getList("data.contacts.name").contains("Ravi")) {
                assertThat(body.getList("data.contacts.find { it.name == 'Ravi' }.optedOut")).containsExactly("WHATSAPP");
                assertThat(body.getString("data.contacts.find { it.name == 'Ravi' }.phone")).isEqualTo("+919830000002");
            }
        }
        assertThat(bodyByBatch.keySet()).containsExactly(1, 2);
        assertThat(names).containsExactlyInAnyOrder("Asha", "Ravi", "Meena");
        assertThat(sql.count("select count(*) from automation_ledger where business_id = $1 and task_type = 'crm_export'"
                + " and automated and not sandbox", UUID.fromString(businessId))).isEqualTo(2);
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
