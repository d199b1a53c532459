package com.verticallight.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeyResourceTest {

    @Inject
    Sql sql;

    @Test
    void aKeyIsShownOnceStoredAsADigestAndWorksInBothHeaders() {
        Account owner = Accounts.signup("BASIC");
        String businessId = Accounts.createBusiness(owner, "Keyed");
        var created = owner.as().body(Map.of("name", "website", "permissions", List.of("business:read")))
                .post("/api/v1/api-keys").then().statusCode(201)
                .body("key", startsWith("vlk_"))
                .body("apiKey.permissions", equalTo(List.of("business:read")))
                .extract().jsonPath();
        String key = created.getString("key");

        given().header("X-API-Key", key).get("/api/v1/businesses/" + businessId).then().statusCode(200)
                .body("name", equalTo("Keyed"));
        given().auth().oauth2(key).get("/api/v1/businesses").then().statusCode(200).body("", hasSize(1));

        owner.as().get("/api/v1/api-keys").then().statusCode(200)
                .body("[0].key", nullValue())
                .body("[0].lastUsedAt", notNullValue());
        String stored = sql.query("select key_hash from api_key where tenant_id = $1", owner.tenantId())
                .get(0).getString(0);
        assertThat(stored).hasSize(64).isNotEqualTo(key);
    }

    @Test
    void aKeyCanDoOnlyWhatItsPermissionsAllow() {
        Account owner = Accounts.signup("BASIC");
        String key = owner.as().body(Map.of("name", "reader", "permissions", List.of("business:read")))
                .post("/api/v1/api-keys").then().statusCode(201).extract().path("key");
        given().header("X-API-Key", key).contentType(ContentType.JSON).body(Accounts.business("By key"))
                .post("/api/v1/businesses").then().statusCode(403).contentType("application/problem+json");
        given().header("X-API-Key", key).get("/api/v1/api-keys").then().statusCode(403);

        String writer = owner.as().body(Map.of("name", "writer", "permissions", List.of("business:write")))
                .post("/api/v1/api-keys").then().statusCode(201).extract().path("key");
        given().header("X-API-Key", writer).contentType(ContentType.JSON).body(Accounts.business("By key"))
                .post("/api/v1/businesses").then().statusCode(201);
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnce() {
        Account owner = Accounts.signup("BASIC");
        var created = owner.as().body(Map.of("name", "temp", "permissions", List.of("business:read")))
                .post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath();
        String key = created.getString("key");
        given().header("X-API-Key", key).get("/api/v1/businesses").then().statusCode(200);

        owner.as().delete("/api/v1/api-keys/" + created.getString("apiKey.id")).then().statusCode(204);
        given().header("X-API-Key", key).get("/api/v1/businesses").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("X-API-Key", "vlk_made-up").get("/api/v1/businesses").then().statusCode(401);
    }

    @Test
    void unknownPermissionsAreNamedAndNothingIsCreated() {
        Account owner = Accounts.signup("BASIC");
        owner.as().body(Map.of("name", "bad", "permissions", List.of("business:read", "everything")))
                .post("/api/v1/api-keys").then().statusCode(400)
                .body("errors[0].field", equalTo("permissions[1]"));
        owner.as().get("/api/v1/api-keys").then().body("", hasSize(0));
    }

    @Test
    void keysAreLimitedByThePlan() {
        Account owner = Accounts.signup("TRIAL"); // 2 keys
        for (int i = 0; i < 2; i++) {
            owner.as().body(Map.of("name", "k" + i, "permissions", List.of("business:read")))
                    .post("/api/v1/api-keys").then().statusCode(201);
        }
        owner.as().body(Map.of("name", "k3", "permissions", List.of("business:read")))
                .post("/api/v1/api-keys").then().statusCode(403).body("limit", equalTo("api_keys"));
    }
}
