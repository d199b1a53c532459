package com.verticallight.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthResourceTest {

    @Inject
    Sql sql;

    @Test
    void signupCreatesTenantAndOwnerAndSignsThemIn() {
        String email = "asha-" + UUID.randomUUID() + "@glow.in";
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("accountName", "Glow Salon", "ownerName", "Asha", "email", email,
                        "password", Accounts.PASSWORD, "timeZone", "Asia/Kolkata"))
                .post("/api/v1/auth/signup")
                .then().statusCode(201)
                .body("tokenType", equalTo("Bearer"))
                .body("role", equalTo("OWNER"))
                .body("permissions", hasItems("business:write", "users:manage", "apikeys:manage"))
                .body("refreshToken", notNullValue())
                .extract().path("accessToken");

        given().auth().oauth2(token).get("/api/v1/tenant").then().statusCode(200)
                .body("name", equalTo("Glow Salon"))
                .body("tier", equalTo("LOCAL"))
                .body("plan", equalTo("TRIAL"))
                .body("currency", equalTo("INR"))
                .body("timeZone", equalTo("Asia/Kolkata"));
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("user.email", equalTo(email))
                .body("user.role", equalTo("OWNER"));
    }

    @Test
    void passwordIsStoredAsBcryptNeverInClear() {
        Account owner = Accounts.signup("BASIC");
        String hash = sql.query("select password_hash from app_user where id = $1", owner.userId()).get(0).getString(0);
        assertThat(hash).startsWith("$2a$10$").doesNotContain(Accounts.PASSWORD);
    }

    @Test
    void loginWorksWithTheRightPasswordOnly() {
        Account owner = Accounts.signup("TRIAL");
        Accounts.login(owner.email().toUpperCase(), Accounts.PASSWORD);
        given().contentType(ContentType.JSON).body(Map.of("email", owner.email(), "password", "wrong password!"))
                .post("/api/v1/auth/login")
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("email", "nobody@nowhere.in", "password", "whatever12345"))
                .post("/api/v1/auth/login")
                .then().statusCode(401);
    }

    @Test
    void signingUpTwiceWithOneEmailIsAConflictAndCreatesNoSecondTenant() {
        Account owner = Accounts.signup("TRIAL");
        long tenantsBefore = sql.count("select count(*) from tenant");
        given().contentType(ContentType.JSON)
                .body(Map.of("accountName", "Again", "ownerName", "O", "email", owner.email(), "password", Accounts.PASSWORD))
                .post("/api/v1/auth/signup")
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(sql.count("select count(*) from tenant")).isEqualTo(tenantsBefore);
    }

    @Test
    void signupValidationNamesEveryBadField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("accountName", "", "ownerName", "O", "email", "not-an-email", "password", "short",
                        "currency", "RUPEES", "timeZone", "India/Kolkata", "plan", "GOLD"))
                .post("/api/v1/auth/signup")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("plan"));
        given().contentType(ContentType.JSON)
                .body(Map.of("accountName", "", "ownerName", "O", "email", "not-an-email", "password", "short",
                        "currency", "RUPEES", "timeZone", "India/Kolkata"))
                .post("/api/v1/auth/signup")
                .then().statusCode(400)
                .body("errors.field", hasItems("accountName", "email", "password", "currency", "timeZone"));
    }

    @Test
    void refreshTokenWorksOnceAndAReusedOneRevokesTheSession() {
        Account owner = Accounts.signup("TRIAL");
        String second = given().contentType(ContentType.JSON).body(Map.of("refreshToken", owner.refreshToken()))
                .post("/api/v1/auth/refresh")
                .then().statusCode(200).body("accessToken", notNullValue())
                .extract().path("refreshToken");
        // the first token is spent: presenting it again is refused and also kills the newer one
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", owner.refreshToken()))
                .post("/api/v1/auth/refresh").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", second))
                .post("/api/v1/auth/refresh").then().statusCode(401);
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        Account owner = Accounts.signup("TRIAL");
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", owner.refreshToken()))
                .post("/api/v1/auth/logout").then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", owner.refreshToken()))
                .post("/api/v1/auth/refresh").then().statusCode(401);
    }

    @Test
    void requestsWithoutOrWithABadTokenAre401ProblemJson() {
        given().get("/api/v1/businesses").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().auth().oauth2("not.a.jwt").get("/api/v1/businesses").then().statusCode(401)
                .contentType("application/problem+json");
    }
}
