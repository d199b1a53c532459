package com.verticallight.support;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Signs up fresh tenants and acts as their users through the public API. */
public final class Accounts {

    public static final String PASSWORD = "correct horse battery";

    private Accounts() {
    }

    public record Account(UUID tenantId, UUID userId, String email, String accessToken, String refreshToken) {

        public RequestSpecification as() {
            return given().auth().oauth2(accessToken).contentType(ContentType.JSON);
        }
    }

    /**
     * Signs up (every sign-up starts on TRIAL) and, for another plan, moves the tenant to it directly in the
     * database, as the operator would until billing exists. The plan is not in the token, so it applies at once.
     */
    public static Account signup(String plan) {
        String email = "owner-" + UUID.randomUUID() + "@example.in";
        Account account = fromTokens(email, given().contentType(ContentType.JSON)
                .body(Map.of("accountName", "Test " + plan, "ownerName", "Owner", "email", email,
                        "password", PASSWORD))
                .post("/api/v1/auth/signup")
                .then().statusCode(201));
        if (!"TRIAL".equals(plan)) {
            setPlan(account.tenantId(), plan);
        }
        return account;
    }

    public static void setPlan(UUID tenantId, String plan) {
        Arc.container().instance(Sql.class).get().query(
                "update tenant set plan_code = $1, tier = (select tier from plan where code = $1) where id = $2",
                plan, tenantId);
    }

    public static Account login(String email, String password) {
        return fromTokens(email, given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login")
                .then().statusCode(200));
    }

    /** Invites someone with the role and lets them accept; returns them signed in. */
    public static Account invite(Account owner, String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@example.in";
        String token = owner.as().body(Map.of("email", email, "name", role, "role", role))
                .post("/api/v1/users").then().statusCode(201)
                .extract().path("inviteToken");
        return fromTokens(email, given().contentType(ContentType.JSON)
                .body(Map.of("inviteToken", token, "name", "Invited " + role, "password", PASSWORD))
                .post("/api/v1/auth/accept-invite").then().statusCode(200));
    }

    private static Account fromTokens(String email, ValidatableResponse response) {
        var body = response.extract().jsonPath();
        return new Account(UUID.fromString(body.getString("tenantId")), UUID.fromString(body.getString("userId")),
                email, body.getString("accessToken"), body.getString("refreshToken"));
    }

    public static Map<String, Object> business(String name) {
        return Map.of("name", name, "category", "salon", "city", "Kolkata", "country", "IN",
                "latitude", 22.5535, "longitude", 88.3525);
    }

    public static String createBusiness(Account account, String name) {
        return account.as().body(business(name)).post("/api/v1/businesses")
                .then().statusCode(201).extract().path("id");
    }
}
