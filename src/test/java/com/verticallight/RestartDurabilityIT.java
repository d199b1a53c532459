package com.verticallight;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged service exactly as the README's run command does (no database configured, so it starts
 * its embedded PostgreSQL under the data directory), then restarts it, gracefully and after a crash.
 */
class RestartDurabilityIT {


    private final Path dataDir = Path.of("target/restart-it/data");
    private final Path logFile = Path.of("target/restart-it/service.log");
    private PackagedService current;

    @AfterEach
    void stop() throws Exception {
        if (current != null) {
            current.process().destroy();
            current.process().waitFor();
        }
    }

    @Test
    void aBusinessCreatedThroughTheApiIsStillThereAfterARestartAndAfterACrash() throws Exception {
        PackagedService.deleteRecursively(dataDir);

        java.nio.file.Files.deleteIfExists(logFile);
        current = start();
        String password = current.demoPassword();
        // the demo password is on the console only: the log (here a log file) never holds it
        assertThat(java.nio.file.Files.readString(logFile)).contains("Demo account").doesNotContain(password);
        String token = current.login(password);
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", "Glow Salt Lake", "category", "salon", "city", "Kolkata", "country", "IN",
                        "latitude", 22.5867, "longitude", 88.4171))
                .post(current.url("/api/v1/businesses")).then().statusCode(201).extract().path("id");
        current.process().destroy(); // graceful: SIGTERM
        current.process().waitFor();

        current = start();
        assertThat(String.join("\n", current.output())).doesNotContain("Demo account created");
        given().auth().oauth2(token).get(current.url("/api/v1/businesses/" + id))
                .then().statusCode(200).body("name", equalTo("Glow Salt Lake")); // same signing key, same data
        current.process().destroyForcibly(); // crash: the embedded PostgreSQL is left running
        current.process().waitFor();

        current = start();
        given().auth().oauth2(current.login(password)).get(current.url("/api/v1/businesses"))
                .then().statusCode(200).body("name", org.hamcrest.Matchers.hasItem("Glow Salt Lake"));
    }

    private PackagedService start() throws Exception {
        return PackagedService.start(dataDir, "-Dquarkus.log.file.enabled=true",
                "-Dquarkus.log.file.path=" + logFile.toAbsolutePath());
    }
}
