package com.verticallight;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real Keycloak (the distribution unpacked by Maven, run on a JDK 21+) with the realm export of docs/keycloak,
 * and the packaged service configured against it: realm users get in with their realm role mapped onto ours, in
 * the tenant their token names and only there, while the built-in accounts keep working beside them.
 */
class KeycloakSsoIT {

    private static final Path REALM = Path.of("docs/keycloak/vlos-realm.json");
    private static final Path WORK = Path.of("target/keycloak-it");
    private static final String CLIENT = "vlos-cli";

    private static Process keycloak;
    private static PackagedService service;
    private static String realmUrl;
    private static String demoPassword;
    private static String otherTenantBusiness;

    @BeforeAll
    static void start() throws Exception {
        Path java = jdk21OrNewer().orElse(null);
        Assumptions.assumeTrue(java != null, "Skipped: Keycloak needs a JDK 21 or newer, and none was found "
                + "(set -Dkeycloak.java.home=/path/to/jdk)");
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.4.7"));
        assertThat(home.resolve("bin/kc.sh")).as("Keycloak distribution unpacked by Maven (pre-integration-test)").exists();
        int port = freePort();
        realmUrl = "http://127.0.0.1:" + port + "/realms/vlos";
        PackagedService.deleteRecursively(WORK);
        Instant begun = Instant.now();
        service = PackagedService.start(WORK.resolve("data"), "-Dvlos.keycloak.issuer=" + realmUrl);
        demoPassword = service.demoPassword();
        String demoTenant = tenantOf(service.login(demoPassword));
        otherTenantBusiness = businessOfAnotherTenant();
        keycloak = startKeycloak(home, java, port, realm(demoTenant));
        awaitRealm(); // ~30 s on an idle machine; 116 s was seen on two loaded cores
        System.out.printf("KeycloakSsoIT: service and Keycloak ready after %d ms%n",
                Duration.between(begun, Instant.now()).toMillis());
    }

    @AfterAll
    static void stop() throws Exception {
        if (keycloak != null) {
            keycloak.descendants().forEach(ProcessHandle::destroy);
            keycloak.destroy();
            keycloak.waitFor();
        }
        if (service != null) {
            service.process().destroy();
            service.process().waitFor();
        }
    }

    @Test
    void aRealmUserArrivesJustInTimeWithTheirRealmRoleInTheTenantTheirTokenNames() {
        String viewer = realmToken("viewer@glow-salon.demo", "demo-viewer-Password1");
        given().auth().oauth2(viewer).get(service.url("/api/v1/businesses")).then().statusCode(200);
        given().auth().oauth2(viewer).contentType(ContentType.JSON).body(business("Viewer Salon"))
                .post(service.url("/api/v1/businesses")).then().statusCode(403)
                .contentType("application/problem+json");
        // the owner of the realm is the demo owner we already had (same verified address): linked, not duplicated
        String owner = realmToken("owner@glow-salon.demo", "demo-owner-Password1");
        given().auth().oauth2(owner).contentType(ContentType.JSON).body(business("SSO Salon"))
                .post(service.url("/api/v1/businesses")).then().statusCode(201);
        List<Map<String, Object>> team = given().auth().oauth2(owner).get(service.url("/api/v1/users"))
                .then().statusCode(200).extract().path("$");
        assertThat(team).extracting(user -> user.get("email") + "=" + user.get("role"))
                .contains("viewer@glow-salon.demo=VIEWER", "owner@glow-salon.demo=OWNER")
                .filteredOn(entry -> entry.startsWith("owner@")).hasSize(1);
    }

    @Test
    void aRealmUserSeesNothingOfAnotherTenant() {
        String owner = realmToken("owner@glow-salon.demo", "demo-owner-Password1");
        given().auth().oauth2(owner).get(service.url("/api/v1/businesses/" + otherTenantBusiness))
                .then().statusCode(404);
        given().auth().oauth2(owner).get(service.url("/api/v1/businesses"))
                .then().statusCode(200).body("id", not(hasItem(otherTenantBusiness)));
    }

    @Test
    void aTokenNamingAnUnknownTenantOrNoRoleOrATamperedOneIsRefusedWithAProblem() {
        for (String user : List.of("drifter@nowhere.example", "norole@glow-salon.demo")) {
            given().auth().oauth2(realmToken(user, "test-Password1")).get(service.url("/api/v1/businesses"))
                    .then().statusCode(401).contentType("application/problem+json");
        }
        String token = realmToken("owner@glow-salon.demo", "demo-owner-Password1");
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        given().auth().oauth2(tampered).get(service.url("/api/v1/businesses"))
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theBuiltInAccountsKeepWorkingAndTheWebAppLearnsWhereToSignIn() {
        given().auth().oauth2(service.login(demoPassword)).get(service.url("/api/v1/businesses")).then().statusCode(200);
        given().get(service.url("/api/v1/auth/sso")).then().statusCode(200)
                .body("enabled", equalTo(true)).body("issuer", equalTo(realmUrl)).body("clientId", equalTo("vlos-web"));
    }

    private static String realmToken(String user, String password) {
        return given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", CLIENT, "username", user,
                        "password", password, "scope", "openid"))
                .post(realmUrl + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** The realm export of docs/, for the demo tenant, plus two users that must be refused. */
    private static String realm(String demoTenant) throws IOException {
        JsonObject realm = new JsonObject(Files.readString(REALM).replace("__DEMO_TENANT_ID__", demoTenant));
        JsonArray users = realm.getJsonArray("users");
        users.add(testUser("drifter@nowhere.example", UUID.randomUUID().toString(), "vlos-owner"));
        users.add(testUser("norole@glow-salon.demo", demoTenant, "default-roles-vlos"));
        return realm.encodePrettily();
    }

    private static JsonObject testUser(String email, String tenant, String role) {
        return new JsonObject().put("username", email).put("email", email).put("emailVerified", true)
                .put("enabled", true).put("firstName", "Test").put("lastName", "User")
                .put("attributes", new JsonObject().put("vlos_tenant", new JsonArray().add(tenant)))
                .put("realmRoles", new JsonArray().add(role))
                .put("credentials", new JsonArray().add(new JsonObject().put("type", "password")
                        .put("value", "test-Password1").put("temporary", false)));
    }

    private static Process startKeycloak(Path home, Path java, int port, String realm) throws Exception {
        Path data = home.resolve("data");
        PackagedService.deleteRecursively(data); // a fresh realm each run (import skips a realm that exists)
        Files.createDirectories(data.resolve("import"));
        Files.writeString(data.resolve("import/vlos-realm.json"), realm);
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toAbsolutePath().toString(), "start-dev",
                "--http-host", "127.0.0.1", "--http-port", String.valueOf(port),
                "--http-management-port", String.valueOf(freePort()), "--import-realm")
                .redirectErrorStream(true).redirectOutput(WORK.resolve("keycloak.log").toFile());
        builder.environment().put("JAVA_HOME", java.toString());
        // Keycloak 26.4's thread pool needs this on JDK 24+ (it says so and stops otherwise)
        builder.environment().put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
        return builder.start();
    }

    /** Longer than Eventually's deadline: Keycloak's first start (realm import, build) is slow on a busy machine. */
    private static void awaitRealm() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (!realmIsUp()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Keycloak did not serve the vlos realm in 5 minutes; see " + WORK.resolve("keycloak.log"));
            }
            Thread.sleep(500);
        }
    }

    private static boolean realmIsUp() {
        if (!keycloak.isAlive()) {
            throw new AssertionError("Keycloak stopped; see " + WORK.resolve("keycloak.log"));
        }
        try {
            return given().get(realmUrl + "/.well-known/openid-configuration").statusCode() == 200;
        } catch (Exception notYet) { // connection refused until it listens
            return false;
        }
    }

    private static String tenantOf(String accessToken) {
        return given().auth().oauth2(accessToken).get(service.url("/api/v1/tenant")).then().statusCode(200)
                .extract().path("id");
    }

    private static String businessOfAnotherTenant() {
        String other = given().contentType(ContentType.JSON)
                .body(Map.of("accountName", "Bolt Repairs", "ownerName", "Ravi", "email", "ravi@bolt.example",
                        "password", "bolt-Password-2026"))
                .post(service.url("/api/v1/auth/signup")).then().statusCode(201).extract().path("accessToken");
        return given().auth().oauth2(other).contentType(ContentType.JSON).body(business("Bolt Repairs Salt Lake"))
                .post(service.url("/api/v1/businesses")).then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> business(String name) {
        return Map.of("name", name, "category", "salon", "city", "Kolkata", "country", "IN",
                "latitude", 22.5867, "longitude", 88.4171);
    }

    /** The JDK to run Keycloak on: -Dkeycloak.java.home, this JVM if 21+, or the JDK 25 of these machines. */
    private static Optional<Path> jdk21OrNewer() {
        String configured = System.getProperty("keycloak.java.home");
        if (configured != null) {
            return Optional.of(Path.of(configured)).filter(home -> Files.isExecutable(home.resolve("bin/java")));
        }
        if (Runtime.version().feature() >= 21) {
            return Optional.of(Path.of(System.getProperty("java.home")));
        }
        return List.of("/usr/lib/jvm/temurin-25-jdk-amd64", "/usr/lib/jvm/java-25-openjdk-amd64",
                        "/usr/lib/jvm/java-21-openjdk-amd64", "/usr/lib/jvm/temurin-21-jdk-amd64").stream()
                .map(Path::of).filter(home -> Files.isExecutable(home.resolve("bin/java"))).findFirst();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
