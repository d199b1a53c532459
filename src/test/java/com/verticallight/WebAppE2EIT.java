package com.verticallight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The owner's journey through the web app in a real browser (Chromium driven by playwright-core), against the
 * packaged service started as the README's run command does, with its own data directory and a free port.
 * Skipped when there is no Chromium or the web app was not built (-Dskip.ui=true).
 */
class WebAppE2EIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path SCRIPT = Path.of("src/main/webui/e2e/owner-journey.mjs");
    private static final Path BUILT_APP = Path.of("target/classes/META-INF/resources/index.html");

    private final Path dataDir = Path.of("target/webapp-e2e-it/data");
    private Process service;

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.destroy();
            service.waitFor();
        }
    }

    @Test
    void anOwnerSignsUpSetsUpASandboxChannelRunsTheDayAndSeesWhatWouldHaveBeenPosted() throws Exception {
        assumeFalse(Boolean.getBoolean("skip.ui"), "the web app is not built (-Dskip.ui=true)");
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
        assumeTrue(Files.exists(BUILT_APP), "the web app is not built");

        deleteRecursively(dataDir);
        int port = freePort();
        List<String> serviceOutput = startService(port);
        String baseUrl = "http://localhost:" + port;
        assertThat(get(baseUrl + "/settings")).as("a deep link is served the app").contains("<div id=\"root\">");

        Process journey = new ProcessBuilder("node", SCRIPT.toString(), baseUrl, "target/e2e-screenshots")
                .redirectErrorStream(true).start();
        List<String> journeyOutput = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> collect(journey, journeyOutput));
        reader.setDaemon(true);
        reader.start();
        boolean ended = journey.waitFor(8, TimeUnit.MINUTES);
        if (!ended) {
            journey.destroyForcibly();
        }
        reader.join(2000);

        assertThat(ended && journey.exitValue() == 0)
                .as("the owner journey (screenshots in target/e2e-screenshots):\n%s\n--- service log tail:\n%s",
                        String.join("\n", journeyOutput), tail(serviceOutput, 60))
                .isTrue();
    }

    private List<String> startService(int port) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        service = new ProcessBuilder(java, "-Dquarkus.http.port=" + port, "-Dvlos.demo.enabled=false",
                "-Dvlos.data-dir=" + dataDir.toAbsolutePath(), "-jar", JAR.toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> collect(service, output));
        reader.setDaemon(true);
        reader.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (output.stream().noneMatch(line -> line.contains("Listening on"))) {
            if (!service.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("The service did not start:\n" + String.join("\n", output));
            }
            Thread.sleep(200);
        }
        return output;
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + url).isEqualTo(200);
        return response.body();
    }

    private static String tail(List<String> lines, int count) {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
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
