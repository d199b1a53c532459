package com.verticallight;

import static io.restassured.RestAssured.given;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service run as the README's run command does (no database configured: it starts its embedded
 * PostgreSQL under the data directory), for the tests that restart or kill it.
 */
record PackagedService(Process process, List<String> output, int port) {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Pattern PASSWORD = Pattern.compile("password: (\\S+)");

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Starts it on a free port with its data under {@code dataDir}; waits until it listens. */
    static PackagedService start(Path dataDir, String... settings) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dquarkus.http.port=" + port, "-Dvlos.data-dir=" + dataDir.toAbsolutePath()));
        command.addAll(List.of(settings));
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> collect(process, output));
        reader.setDaemon(true);
        reader.start();
        Instant begun = Instant.now();
        Instant deadline = begun.plus(Duration.ofSeconds(120));
        while (output.stream().noneMatch(line -> line.contains("Listening on"))) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("The service did not start:\n" + String.join("\n", output));
            }
            Thread.sleep(200);
        }
        System.out.printf("PackagedService on port %d with data in %s: listening after %d ms%n", port, dataDir,
                Duration.between(begun, Instant.now()).toMillis());
        return new PackagedService(process, output, port);
    }

    /** The demo owner's password, printed on the console at the first start. */
    String demoPassword() {
        return output.stream().map(PASSWORD::matcher).filter(Matcher::find).map(m -> m.group(1))
                .findFirst().orElseThrow(() -> new AssertionError("No demo login printed"));
    }

    String login(String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", "owner@glow-salon.demo", "password", password))
                .post(url("/api/v1/auth/login")).then().statusCode(200).extract().path("accessToken");
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
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
}
