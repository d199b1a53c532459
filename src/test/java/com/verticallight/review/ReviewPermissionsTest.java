package com.verticallight.review;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Public review replies and review sync speak for the business: they need business:write, which STAFF lacks. */
@QuarkusTest
class ReviewPermissionsTest {

    @Test
    void staffCannotReplyToReviewsNorSyncThem() {
        Account owner = Accounts.signup("TRIAL");
        String business = Accounts.createBusiness(owner, "Glow");
        Account staff = Accounts.invite(owner, "STAFF");
        String anyReview = UUID.randomUUID().toString();

        staff.as().post("/api/v1/businesses/" + business + "/reviews/sync").then().statusCode(403)
                .contentType("application/problem+json");
        staff.as().body(Map.of("text", "Thank you!")).post("/api/v1/reviews/" + anyReview + "/reply")
                .then().statusCode(403).contentType("application/problem+json");
        staff.as().get("/api/v1/businesses/" + business + "/reviews").then().statusCode(200);
    }

    @Test
    void ownersAndAdminsCanReplyAndSync() {
        Account owner = Accounts.signup("TRIAL");
        String business = Accounts.createBusiness(owner, "Glow");
        Account admin = Accounts.invite(owner, "ADMIN");
        for (Account allowed : new Account[] { owner, admin }) {
            allowed.as().post("/api/v1/businesses/" + business + "/reviews/sync").then().statusCode(200);
            // past the permission check: an unknown review is simply not found
            allowed.as().body(Map.of("text", "Thank you!")).post("/api/v1/reviews/" + UUID.randomUUID() + "/reply")
                    .then().statusCode(404);
        }
    }
}
