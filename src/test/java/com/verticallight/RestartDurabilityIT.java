package com.verticallight;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged service exactly as the README's run command does (no database configured, so it starts
 * its embedded PostgreSQL under the data directory), then restarts it, gracefully and after a crash.
 */
class RestartDurabilityIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Pattern PASSWORD = Pattern.compile("password: (\\S+)");

    private final Path dataDir = Path.of("target/restart-it/data");
    private final Path logFile = Path.of("target/restart-it/service.log");
    private Running current;

    record Running(Process process, List<String> output, int port) {
        String url(String path) {
            return "http://localhost:" + port + path;
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (current != null) {
            current.process().destroy();
            current.process().waitFor();
        }
    }

    @Test
    void aBusinessCreatedThroughTheApiIsStillThereAfterARestartAndAfterACrash() throws Exception {
        deleteRecursively(dataDir);

        java.nio.file.Files.deleteIfExists(logFile);
        current = start();
        String password = demoPassword(current);
        // the demo password is on the console only: the log (here a log file) never holds it
        assertThat(java.nio.file.Files.readString(logFile)).contains("Demo account").doesNotContain(password);
        String token = login(current, password);
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
        given().auth().oauth2(login(current, password)).get(current.url("/api/v1/businesses"))
                .then().statusCode(200).body("name", org.hamcrest.Matchers.hasItem("Glow Salt Lake"));
    }

    private Running start() throws Exception {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Dquarkus.http.port=" + port,
                "-Dvlos.data-dir=" + dataDir.toAbsolutePath(),
                "-Dquarkus.log.file.enabled=true", "-Dquarkus.log.file.path=" + logFile.toAbsolutePath(), "-jar", JAR.toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> collect(process, output));
        reader.setDaemon(true);
        reader.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (output.stream().noneMatch(line -> line.contains("Listening on"))) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("The service did not start:\n" + String.join("\n", output));
            }
            Thread.sleep(200);
        }
        return new Running(process, output, port);
    }

    private static String demoPassword(Running running) {
        return running.output().stream().map(PASSWORD::matcher).filter(Matcher::find).map(m -> m.group(1))
                .findFirst().orElseThrow(() -> new AssertionError("No demo login printed"));
    }

    private static String login(Running running, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", "owner@glow-salon.demo", "password", password))
                .post(running.url("/api/v1/auth/login")).then().statusCode(200).extract().path("accessToken");
    }

    private static void collect(Process process, List<String> output) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().forEach(output::add);
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // the process ended
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
