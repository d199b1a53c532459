package com.verticallight.platform.embedded;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The defaults of a fresh machine: when no database is configured, start an embedded PostgreSQL and point
 * the datasource at it; when no token signing key is configured, use a key pair kept in the data directory.
 * Anything configured explicitly (properties, environment) wins and nothing is started for it.
 */
public class EmbeddedDefaultsConfigSourceFactory implements ConfigSourceFactory {

    static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isBuildTime()) {
            return List.of();
        }
        Path dataDir = Path.of(value(context, "vlos.data-dir", "./data"));
        Map<String, String> properties = new HashMap<>();
        if (shouldStartPostgres(context)) {
            properties.putAll(EmbeddedPostgresServer.startOnce(dataDir.resolve("postgres")));
        }
        if (isUnset(context, "smallrye.jwt.sign.key.location") && isUnset(context, "mp.jwt.verify.publickey.location")
                && isUnset(context, "mp.jwt.verify.publickey")) {
            properties.putAll(JwtKeyFiles.ensure(dataDir.resolve("jwt")));
        }
        return List.of(new PropertiesConfigSource(properties, "vlos-embedded-defaults", ORDINAL));
    }

    private static boolean shouldStartPostgres(ConfigSourceContext context) {
        boolean enabled = Boolean.parseBoolean(value(context, "vlos.embedded-postgres.enabled", "true"));
        boolean testRun = LaunchMode.current() == LaunchMode.TEST; // tests start their own, see the test resource
        return enabled && !testRun && isUnset(context, "quarkus.datasource.reactive.url");
    }

    private static boolean isBuildTime() {
        return io.quarkus.runtime.ExecutionMode.current() == io.quarkus.runtime.ExecutionMode.UNSET;
    }

    private static boolean isUnset(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank();
    }

    private static String value(ConfigSourceContext context, String name, String fallback) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null ? fallback : value.getValue();
    }
}
