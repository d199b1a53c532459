package com.verticallight.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RolesAndTeamTest {

    @Test
    void viewerReadsButCannotChangeAnything() {
        Account owner = Accounts.signup("PREMIUM");
        String businessId = Accounts.createBusiness(owner, "Main outlet");
        Account viewer = Accounts.invite(owner, "VIEWER");

        viewer.as().get("/api/v1/businesses/" + businessId).then().statusCode(200);
        viewer.as().body(Accounts.business("Sneaky")).put("/api/v1/businesses/" + businessId)
                .then().statusCode(403).contentType("application/problem+json");
        viewer.as().body(Map.of("email", "x@y.in", "role", "ADMIN")).post("/api/v1/users").then().statusCode(403);
        viewer.as().get("/api/v1/api-keys").then().statusCode(403);
        owner.as().get("/api/v1/businesses/" + businessId).then().body("name", equalTo("Main outlet"));
    }

    @Test
    void adminEditsBusinessesButOnlyOwnersManagePeopleAndKeys() {
        Account owner = Accounts.signup("PREMIUM");
        String businessId = Accounts.createBusiness(owner, "Main outlet");
        Account admin = Accounts.invite(owner, "ADMIN");

        admin.as().body(Accounts.business("Renamed")).put("/api/v1/businesses/" + businessId)
                .then().statusCode(200).body("name", equalTo("Renamed"));
        admin.as().body(Map.of("email", "new@person.in", "role", "STAFF")).post("/api/v1/users").then().statusCode(403);
        admin.as().body(Map.of("name", "ci", "permissions", java.util.List.of("business:read")))
                .post("/api/v1/api-keys").then().statusCode(403);
        admin.as().body(Map.of("name", "Cheaper")).patch("/api/v1/tenant").then().statusCode(403);
    }

    @Test
    void staffHasTheAutomationPermissionButNotBusinessWrite() {
        Account owner = Accounts.signup("PREMIUM");
        Account staff = Accounts.invite(owner, "STAFF");
        staff.as().get("/api/v1/me").then().statusCode(200)
                .body("permissions", hasItem("automation:run"))
                .body("permissions", not(hasItem("business:write")));
        staff.as().body(Accounts.business("Nope")).post("/api/v1/businesses").then().statusCode(403);
    }

    @Test
    void seatsAreLimitedByThePlanAndRemovingSomeoneFreesOne() {
        Account owner = Accounts.signup("TRIAL"); // 2 seats: the owner and one more
        Account staff = Accounts.invite(owner, "STAFF");

        owner.as().body(Map.of("email", "third@example.in", "role", "VIEWER")).post("/api/v1/users")
                .then().statusCode(403).contentType("application/problem+json")
                .body("limit", equalTo("team_members"))
                .body("allowed", equalTo(2));

        owner.as().delete("/api/v1/users/" + staff.userId()).then().statusCode(204);
        owner.as().body(Map.of("email", "third-" + owner.userId() + "@example.in", "role", "VIEWER"))
                .post("/api/v1/users").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", staff.refreshToken()))
                .post("/api/v1/auth/refresh").then().statusCode(401);
    }

    @Test
    void roleChangesTakeEffectOnTheNextSignIn() {
        Account owner = Accounts.signup("PREMIUM");
        Account viewer = Accounts.invite(owner, "VIEWER");
        owner.as().body(Map.of("role", "ADMIN")).put("/api/v1/users/" + viewer.userId() + "/role")
                .then().statusCode(200).body("role", equalTo("ADMIN"));
        Account again = Accounts.login(viewer.email(), Accounts.PASSWORD);
        again.as().body(Accounts.business("By admin")).post("/api/v1/businesses").then().statusCode(201);
    }

    @Test
    void theLastOwnerCannotBeDemotedAndNobodyRemovesThemselves() {
        Account owner = Accounts.signup("PREMIUM");
        owner.as().body(Map.of("role", "VIEWER")).put("/api/v1/users/" + owner.userId() + "/role")
                .then().statusCode(409);
        owner.as().delete("/api/v1/users/" + owner.userId()).then().statusCode(409);
    }

    @Test
    void anInvitationTokenWorksOnlyOnce() {
        Account owner = Accounts.signup("PREMIUM");
        String token = owner.as().body(Map.of("email", "once-" + owner.userId() + "@example.in", "role", "STAFF"))
                .post("/api/v1/users").then().statusCode(201).extract().path("inviteToken");
        Map<String, String> accept = Map.of("inviteToken", token, "name", "Once", "password", Accounts.PASSWORD);
        given().contentType(ContentType.JSON).body(accept).post("/api/v1/auth/accept-invite").then().statusCode(200);
        given().contentType(ContentType.JSON).body(accept).post("/api/v1/auth/accept-invite")
                .then().statusCode(400).body("errors[0].field", equalTo("inviteToken"));
    }
}
