package com.verticallight.platform.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.verticallight.support.Accounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void anApiAnswerCarriesTheSecurityHeaders() {
        hardened(Accounts.signup("TRIAL").as().get("/api/v1/tenant").then().statusCode(200))
                .header("Cache-Control", org.hamcrest.Matchers.not(containsString("no-store")))
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void anErrorAnswerCarriesTheSecurityHeaders() {
        hardened(given().get("/api/v1/businesses").then().statusCode(401));
        hardened(given().get("/api/v1/no-such-route").then().statusCode(404));
    }

    @Test
    void theWebAppPageCarriesTheAppPolicy() {
        // index.html (200 when the web app was built; 404 in a build that skipped it): the headers are the same
        hardened(given().get("/").then());
        hardened(given().get("/businesses/123").then());
    }

    @Test
    void tokenAnswersAreNeverStored() {
        String email = "headers-" + UUID.randomUUID() + "@x.in";
        hardened(given().contentType(ContentType.JSON).body(Map.of("accountName", "H", "ownerName", "O", "email", email,
                "password", Accounts.PASSWORD)).post("/api/v1/auth/signup").then().statusCode(201))
                .header("Cache-Control", equalTo("no-store"));
        hardened(given().contentType(ContentType.JSON).body(Map.of("email", email, "password", Accounts.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void hstsOnlyWhenTheRequestCameOverTls() {
        given().header("X-Forwarded-Proto", "https").get("/api/v1/businesses").then()
                .header("Strict-Transport-Security", equalTo(SecurityHeaders.HSTS));
        given().get("/api/v1/businesses").then().header("Strict-Transport-Security", nullValue());
    }

    private static ValidatableResponse hardened(ValidatableResponse response) {
        return response.header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .header("Content-Security-Policy", equalTo(SecurityHeaders.META_SDK_POLICY));
    }
}
