package com.verticallight.platform.embedded;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.ImageMode;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The defaults of a fresh machine: when no database is configured, start an embedded PostgreSQL and point
 * the datasource at it; when no token key or credentials key is configured, use keys kept in the data directory.
 * Anything configured explicitly (properties, environment) wins and nothing is started for it.
 */
public class EmbeddedDefaultsConfigSourceFactory implements ConfigSourceFactory {

    static final int ORDINAL = 275;
    static final String CREDENTIALS_KEY_FILE = "keys/credentials.key";

    /**
     * What a fresh machine needs, decided from the configuration alone. {@code postgresSettings} are the server
     * parameters of the embedded PostgreSQL: durable by default (every commit is flushed to disk before it is
     * acknowledged); {@code vlos.embedded-postgres.synchronous-commit=off} trades the last few hundred
     * milliseconds of commits on a host crash for faster writes.
     */
    record Plan(boolean startPostgres, boolean useKeyFiles, boolean useCredentialKeyFile, Path dataDir,
            Map<String, String> postgresSettings) {

        static final List<String> SYNCHRONOUS_COMMIT_VALUES = List.of("on", "off", "local", "remote_write",
                "remote_apply");

        static Plan from(UnaryOperator<String> config, boolean testRun) {
            boolean enabled = !"false".equalsIgnoreCase(config.apply("vlos.embedded-postgres.enabled"));
            boolean noDatabase = isBlank(config.apply("quarkus.datasource.reactive.url"));
            boolean noKeys = isBlank(config.apply("smallrye.jwt.sign.key.location"))
                    && isBlank(config.apply("mp.jwt.verify.publickey.location"))
                    && isBlank(config.apply("mp.jwt.verify.publickey"));
            boolean noCredentialKey = isBlank(config.apply("vlos.credentials-key"));
            String dataDir = config.apply("vlos.data-dir");
            Path data = Path.of(isBlank(dataDir) ? "./data" : dataDir);
            // A credentials key of its own is generated only for the embedded database (one machine). With a shared
            // database every instance must be given the same key (VLOS_CREDENTIALS_KEY from a Secret); generating one
            // per pod made each pod unable to read what the others stored. A key file an earlier version of a
            // single machine generated is still used, so such an install keeps its channels.
            boolean singleMachine = enabled && noDatabase
                    || Files.exists(data.resolve(CREDENTIALS_KEY_FILE));
            // tests start their own database (see the test resource) and let Quarkus generate test keys
            return new Plan(enabled && noDatabase && !testRun, noKeys && !testRun,
                    noCredentialKey && singleMachine && !testRun, data,
                    Map.of("synchronous_commit", synchronousCommit(config.apply("vlos.embedded-postgres.synchronous-commit")),
                            "fsync", "on"));
        }

        private static String synchronousCommit(String configured) {
            if (isBlank(configured)) {
                return "on";
            }
            String value = configured.trim().toLowerCase(java.util.Locale.ROOT);
            if (!SYNCHRONOUS_COMMIT_VALUES.contains(value)) {
                throw new IllegalArgumentException("vlos.embedded-postgres.synchronous-commit must be one of "
                        + SYNCHRONOUS_COMMIT_VALUES + ", not " + configured);
            }
            return value;
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }
    }

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() == ExecutionMode.UNSET) {
            return List.of(); // build time: start nothing
        }
        if (ImageMode.current() == ImageMode.NATIVE_RUN) {
            return List.of(); // a native image carries no PostgreSQL binaries: it always runs on a configured database
        }
        Plan plan = Plan.from(name -> valueOf(context, name), LaunchMode.current() == LaunchMode.TEST);
        Map<String, String> properties = new HashMap<>();
        if (plan.startPostgres()) {
            properties.putAll(EmbeddedPostgresServer.startOnce(plan.dataDir().resolve("postgres"),
                    plan.postgresSettings()));
        }
        if (plan.useKeyFiles()) {
            properties.putAll(JwtKeyFiles.ensure(plan.dataDir().resolve("jwt")));
        }
        if (plan.useCredentialKeyFile()) {
            properties.put("vlos.credentials-key", SecretKeyFile.ensure(plan.dataDir().resolve(CREDENTIALS_KEY_FILE)));
        }
        return List.of(new PropertiesConfigSource(properties, "vlos-embedded-defaults", ORDINAL));
    }

    private static String valueOf(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null ? null : value.getValue();
    }
}
