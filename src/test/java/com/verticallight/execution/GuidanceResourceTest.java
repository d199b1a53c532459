package com.verticallight.execution;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.verticallight.channel.ChannelKind;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GuidanceResourceTest {

    private static final List<String> LISTS = List.of("steps", "checklist", "talkingPoints");

    @Inject
    Sql sql;

    @Test
    void anySignedInUserReadsTheLibrary() {
        Account viewer = Accounts.invite(Accounts.signup("BASIC"), "VIEWER");
        viewer.as().get("/api/v1/guidance").then().statusCode(200)
                .body("", hasSize(greaterThanOrEqualTo(12)))
                .body("key", hasItems("reconnect-whatsapp", "answer-negative-review", "supplier-negotiation",
                        "local-community-event", "complex-complaint"))
                .body("estimatedMinutes", everyItem(greaterThan(0)))
                .body("potentialImpact", everyItem(not(emptyString())));
        viewer.as().get("/api/v1/guidance/answer-negative-review").then().statusCode(200)
                .body("title", equalTo("Answer a negative review"))
                .body("category", equalTo("reputation"))
                .body("steps", hasSize(greaterThanOrEqualTo(5)))
                .body("checklist", hasSize(greaterThan(0)))
                .body("talkingPoints", hasSize(greaterThan(0)));
    }

    @Test
    void everyChannelHasReconnectGuidance() {
        Account owner = Accounts.signup("BASIC");
        for (ChannelKind kind : ChannelKind.values()) {
            owner.as().get("/api/v1/guidance/reconnect-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .then().statusCode(200).body("category", equalTo("channel-connection"));
        }
    }

    @Test
    void unknownKeysAreNotFoundAndStrangersAreTurnedAway() {
        Accounts.signup("BASIC").as().get("/api/v1/guidance/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/guidance").then().statusCode(401);
    }

    /**
     * Every row of the guidance table has its whole text in the catalogue: English reads word for word as the table,
     * and a reader of each other language gets steps, checklist and talking points that are not the table's English.
     */
    @Test
    void everyEntryReadsWhollyInTheReadersLanguage() {
        Account reader = Accounts.signup("BASIC");
        Map<String, Map<String, Map<String, Object>>> library = new LinkedHashMap<>();
        for (String language : List.of("en", "hi", "es", "fr", "de", "ja", "zh-CN", "ar")) {
            List<Map<String, Object>> entries = reader.as().header("Accept-Language", language).get("/api/v1/guidance")
                    .then().statusCode(200).extract().as(new TypeRef<List<Map<String, Object>>>() { });
            library.put(language, entries.stream().collect(Collectors.toMap(e -> (String) e.get("key"), e -> e)));
        }
        List<Row> rows = sql.query("select key, title, steps, checklist, talking_points, potential_impact from guidance");
        assertEquals(rows.size(), library.get("en").size());
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            String key = row.getString("key");
            Map<String, Object> table = Map.of("title", row.getString("title"),
                    "steps", new JsonArray(row.getString("steps")).getList(),
                    "checklist", new JsonArray(row.getString("checklist")).getList(),
                    "talkingPoints", new JsonArray(row.getString("talking_points")).getList(),
                    "potentialImpact", row.getString("potential_impact"));
            library.forEach((language, entries) -> table.forEach((part, english) -> {
                boolean same = english.equals(entries.get(key).get(part));
                if (language.equals("en") ? !same : same && LISTS.contains(part)) {
                    wrong.add(language + " " + key + "." + part);
                }
            }));
        }
        assertEquals(List.of(), wrong);
        assertEquals("कनेक्शन जाँचें दबाएँ और देखें कि यह हरा हो जाए।",
                ((List<?>) library.get("hi").get("reconnect-whatsapp").get("steps")).get(4));
    }
}
