package com.verticallight.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.verticallight.channel.ChannelFixtures;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkflowTemplatesTest {

    /** The step types of the workflow core; templates made of these alone must validate once filled. */
    private static final Set<String> CORE_TYPES = Set.of("condition", "script", "delay", "notification", "parallel");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a user puts in for each placeholder name. */
    private static Map<String, String> fills(String connection) {
        return Map.of("connectionId", connection, "template", "hello_world", "ownerPhone", "+919812345678",
                "reviewLink", "https://g.page/r/glow/review", "threshold", "60", "minimumSpendMinor", "1000000");
    }

    private static String fill(String text, Map<String, String> fills) {
        Matcher m = WorkflowTemplates.PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).split(":", 2)[0].trim();
            assertThat(fills).as("a fill for placeholder " + name).containsKey(name);
            m.appendReplacement(out, Matcher.quoteReplacement(fills.get(name)));
        }
        return m.appendTail(out).toString();
    }

    @Test
    void everyTemplateParsesAndValidatesOnceItsPlaceholdersAreFilled() throws Exception {
        Account owner = Accounts.signup("PREMIUM");
        String business = Accounts.createBusiness(owner, "Template Salon");
        String connection = ChannelFixtures.whatsapp(owner, business, ChannelFixtures.uniqueId(), "SANDBOX");
        JsonPath listed = owner.as().get("/api/v1/workflow-templates").then().statusCode(200)
                .body("id", hasItems("lead-nurturing", "review-referral", "weekly-content", "lead-qualification",
                        "high-value-churn-alert"))
                .extract().jsonPath();
        List<Map<String, Object>> templates = listed.getList("$");
        assertThat(templates).hasSize(5);
        int fullyValid = 0;
        for (Map<String, Object> template : templates) {
            assertThat((String) template.get("description")).isNotBlank();
            assertThat(String.valueOf(template.get("placeholders"))).contains("connectionId");
            String filled = fill(JSON.writeValueAsString(template.get("definition")), fills(connection));
            Map<String, Object> request = new HashMap<>(JSON.readValue(filled, new TypeReference<Map<String, Object>>() {
            }));
            request.put("name", template.get("name"));
            request.put("businessId", business);
            JsonPath result = owner.as().body(request).post("/api/v1/workflows/validate").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(result.getList("errors.field")).as(template.get("id") + " errors " + result.getList("errors"))
                    .isEmpty();
            fullyValid++;
        }
        assertThat(fullyValid).isEqualTo(5);
    }

    @Test
    void aCopyIsADraftOfTheTenantThatNamesWhatIsLeftToFill() {
        Account owner = Accounts.signup("BASIC");
        JsonPath copy = owner.as().body(Map.of("name", "My hot leads"))
                .post("/api/v1/workflow-templates/lead-qualification/copy").then().statusCode(201)
                .body("workflow.name", equalTo("My hot leads")).body("workflow.publishedVersion", equalTo(null))
                .extract().jsonPath();
        assertThat(copy.getList("errors.field", String.class)).contains("steps[notifyOwner].settings.connectionId",
                "steps[hot].settings.expression");
        String id = copy.getString("workflow.id");
        owner.as().get("/api/v1/workflows/" + id).then().statusCode(200)
                .body("draft.trigger.event", equalTo("lead.created"));
        owner.as().post("/api/v1/workflows/" + id + "/publish").then().statusCode(400);
        owner.as().body(Map.of()).post("/api/v1/workflow-templates/no-such/copy").then().statusCode(404);
        Account other = Accounts.signup("BASIC");
        other.as().get("/api/v1/workflows/" + id).then().statusCode(404);
    }
}
