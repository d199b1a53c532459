package com.verticallight.channel.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.vertx.mutiny.core.Vertx;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The production configuration refuses private addresses, and the guard the application gets follows the setting
 * (PrivateAddressesRefusedTest drives the refusing guard through the API).
 */
class AddressGuardProducerTest {

    private static final Vertx VERTX = Vertx.vertx();

    @AfterAll
    static void close() {
        VERTX.closeAndAwait();
    }

    @Test
    void productionRefusesPrivateAddressesAndTheGuardFollowsTheSetting() throws Exception {
        GatewayConfig production = configOf("prod");
        assertThat(production.allowPrivateAddresses()).isFalse();
        assertThat(refusal(production, "http://127.0.0.1:5432/")).hasValueSatisfying(why -> assertThat(why)
                .contains("private or local address"));

        GatewayConfig tests = configOf("test");
        assertThat(tests.allowPrivateAddresses()).isTrue();
        assertThat(refusal(tests, "http://127.0.0.1:5432/")).isEmpty();
    }

    private static GatewayConfig configOf(String profile) throws Exception {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors().withProfile(profile)
                .withSources(new PropertiesConfigSource(AddressGuardProducerTest.class.getResource("/application.properties"),
                        250))
                .withMapping(GatewayConfig.class).withValidateUnknown(false).build();
        return config.getConfigMapping(GatewayConfig.class);
    }

    private static Optional<String> refusal(GatewayConfig config, String url) {
        return new AddressGuardProducer().guard(VERTX, config).refusal(url).await().atMost(Duration.ofSeconds(10));
    }
}
