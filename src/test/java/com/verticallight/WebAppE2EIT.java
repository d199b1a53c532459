package com.verticallight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Journeys through the web app in a real browser (Chromium driven by playwright-core), against the packaged
 * service started once, as the README's run command does, with its own data directory and a free port. Each
 * journey is a script in src/main/webui/e2e that signs up its own owner, so journeys do not depend on each other.
 * Skipped when there is no Chromium or the web app was not built (-Dskip.ui=true).
 */
class WebAppE2EIT {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path JOURNEYS = Path.of("src/main/webui/e2e");
    private static final Path BUILT_APP = Path.of("target/classes/META-INF/resources/index.html");
    private static final Path DATA_DIR = Path.of("target/webapp-e2e-it/data");

    private static PackagedService service;

    @BeforeAll
    static void start() throws Exception {
        assumeFalse(Boolean.getBoolean("skip.ui"), "the web app is not built (-Dskip.ui=true)");
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
        assumeTrue(Files.exists(BUILT_APP), "the web app is not built");
        PackagedService.deleteRecursively(DATA_DIR);
        service = PackagedService.start(DATA_DIR, "-Dvlos.demo.enabled=false");
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.process().destroy();
            service.process().waitFor();
        }
    }

    @Test
    void aDeepLinkIsServedTheApp() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(service.url("/settings"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<div id=\"root\">");
    }

    @Test
    void anOwnerSignsUpSetsUpASandboxChannelRunsTheDayAndSeesWhatWouldHaveBeenPosted() throws Exception {
        runJourney("owner-journey.mjs");
    }

    @Test
    void anOwnerBuildsAWorkflowTriggersItWithTheLeadFormAndApprovesIt() throws Exception {
        runJourney("workflow-journey.mjs");
    }

    @Test
    void anOwnerUsesTheAppInArabicRightToLeftAndInHindiWithNoEnglishLeftOnTheMainScreens() throws Exception {
        runJourney("language-journey.mjs");
    }

    /** Runs one journey script against the service; fails with its output and the service log's tail. */
    private static void runJourney(String script) throws Exception {
        Process journey = new ProcessBuilder("node", JOURNEYS.resolve(script).toString(), service.url(""),
                "target/e2e-screenshots").redirectErrorStream(true).start();
        List<String> journeyOutput = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> collect(journey, journeyOutput));
        reader.setDaemon(true);
        reader.start();
        boolean ended = journey.waitFor(8, TimeUnit.MINUTES);
        if (!ended) {
            journey.destroyForcibly();
        }
        reader.join(2000);
        System.out.printf("WebAppE2EIT %s:%n%s%n", script, String.join("\n", journeyOutput)); // its step timings
        assertThat(ended && journey.exitValue() == 0)
                .as("the journey %s (screenshots in target/e2e-screenshots):\n%s\n--- service log tail:\n%s", script,
                        String.join("\n", journeyOutput), tail(service.output(), 60))
                .isTrue();
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
}
