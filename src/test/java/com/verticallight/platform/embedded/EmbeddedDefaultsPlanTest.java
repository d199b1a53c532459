package com.verticallight.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.platform.embedded.EmbeddedDefaultsConfigSourceFactory.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDefaultsPlanTest {

    private static Plan plan(Map<String, String> config) {
        return Plan.from(config::get, false);
    }

    @Test
    void aFreshMachineGetsAnEmbeddedDatabaseAndKeyFilesUnderDotData() {
        Plan plan = plan(Map.of());
        assertThat(plan.startPostgres()).isTrue();
        assertThat(plan.useKeyFiles()).isTrue();
        assertThat(plan.useCredentialKeyFile()).isTrue();
        assertThat(plan.dataDir()).isEqualTo(Path.of("./data"));
    }

    @Test
    void aConfiguredDatabaseMeansNothingEmbeddedStarts() {
        assertThat(plan(Map.of("quarkus.datasource.reactive.url", "postgresql://db:5432/vlos")).startPostgres()).isFalse();
        assertThat(plan(Map.of("vlos.embedded-postgres.enabled", "false")).startPostgres()).isFalse();
    }

    @Test
    void configuredKeysAreUsedAsTheyAre() {
        assertThat(plan(Map.of("mp.jwt.verify.publickey.location", "https://idp/certs")).useKeyFiles()).isFalse();
        assertThat(plan(Map.of("smallrye.jwt.sign.key.location", "/etc/vlos/private.pem")).useKeyFiles()).isFalse();
    }

    @Test
    void aConfiguredCredentialsKeyIsUsedAsItIs() {
        assertThat(plan(Map.of("vlos.credentials-key", "abc")).useCredentialKeyFile()).isFalse();
    }

    @Test
    void withASharedDatabaseNoInstanceMakesACredentialsKeyOfItsOwn(@TempDir Path dir) throws Exception {
        Map<String, String> cluster = Map.of("quarkus.datasource.reactive.url", "postgresql://db:5432/vlos",
                "vlos.data-dir", dir.toString());
        assertThat(plan(cluster).useCredentialKeyFile()).isFalse();
        assertThat(plan(Map.of("vlos.embedded-postgres.enabled", "false", "vlos.data-dir", dir.toString()))
                .useCredentialKeyFile()).isFalse();
        // a single machine that moved to its own PostgreSQL keeps the key it generated earlier
        SecretKeyFile.ensure(dir.resolve("keys/credentials.key"));
        assertThat(plan(cluster).useCredentialKeyFile()).isTrue();
    }

    @Test
    void testRunsStartNothing() {
        Plan plan = Plan.from(name -> null, true);
        assertThat(plan.startPostgres()).isFalse();
        assertThat(plan.useKeyFiles()).isFalse();
    }

    @Test
    void keyFilesAreGeneratedOnceAndThenReused(@TempDir Path dir) throws Exception {
        Map<String, String> first = JwtKeyFiles.ensure(dir);
        String key = Files.readString(dir.resolve("private.pem"));
        Map<String, String> second = JwtKeyFiles.ensure(dir);
        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(dir.resolve("private.pem"))).isEqualTo(key).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(dir.resolve("public.pem"))).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    @Test
    void theEmbeddedDatabaseIsDurableByDefaultAndAnOperatorMayTradeIt() {
        assertThat(plan(Map.of()).postgresSettings()).containsEntry("synchronous_commit", "on").containsEntry("fsync", "on");
        assertThat(plan(Map.of("vlos.embedded-postgres.synchronous-commit", "off")).postgresSettings())
                .containsEntry("synchronous_commit", "off").containsEntry("fsync", "on");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> plan(Map.of("vlos.embedded-postgres.synchronous-commit", "sometimes")))
                .hasMessageContaining("vlos.embedded-postgres.synchronous-commit");
    }

    @Test
    void theServerStartedWithTheDefaultPlanCommitsSynchronously(@TempDir Path dir) throws Exception {
        try (var postgres = EmbeddedPostgresServer.start(dir.resolve("postgres"), plan(Map.of()).postgresSettings());
                var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            assertThat(show(statement, "synchronous_commit")).isEqualTo("on");
            assertThat(show(statement, "fsync")).isEqualTo("on");
        }
    }

    private static String show(java.sql.Statement statement, String setting) throws java.sql.SQLException {
        try (var result = statement.executeQuery("show " + setting)) {
            result.next();
            return result.getString(1);
        }
    }
}
