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

import com.verticallight.channel.ChannelKind;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GuidanceResourceTest {

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
}
