package com.verticallight.identity;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserLanguageTest {

    @Test
    void theChosenLanguageFollowsTheUserToANewSignInButNotToTheirTeam() {
        Account owner = Accounts.signup("PREMIUM");
        Account staff = Accounts.invite(owner, "STAFF");
        owner.as().get("/api/v1/me").then().statusCode(200).body("user.language", nullValue());

        owner.as().body(Map.of("language", "hi")).put("/api/v1/me/language")
                .then().statusCode(200).body("user.language", equalTo("hi"));

        Account otherDevice = Accounts.login(owner.email(), Accounts.PASSWORD);
        otherDevice.as().get("/api/v1/me").then().statusCode(200).body("user.language", equalTo("hi"));
        staff.as().get("/api/v1/me").then().body("user.language", nullValue());
        owner.as().get("/api/v1/users").then().body("find { it.email == '" + owner.email() + "' }.language",
                equalTo("hi"));
    }

    @Test
    void somethingThatIsNotALanguageIsRefusedNamingTheField() {
        Account owner = Accounts.signup("TRIAL");
        owner.as().body(Map.of("language", "not a language!")).put("/api/v1/me/language")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("language"));
        owner.as().body(Map.of()).put("/api/v1/me/language").then().statusCode(400)
                .body("errors.field", hasItem("language"));
        owner.as().get("/api/v1/me").then().body("user.language", nullValue());
    }
}
