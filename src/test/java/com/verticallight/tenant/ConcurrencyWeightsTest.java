package com.verticallight.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.support.Accounts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConcurrencyWeightsTest {

    @Inject
    ConcurrencyWeights weights;

    @Test
    void aTenantsWeightInTheFairShareComesFromItsPlan() {
        UUID trial = Accounts.signup("TRIAL").tenantId();
        UUID premium = Accounts.signup("PREMIUM").tenantId();
        UUID enterprise = Accounts.signup("ENTERPRISE").tenantId();

        assertThat(weights.weight(enterprise)).isEqualTo(1); // not read yet: the plain share
        assertThat(weights.load(trial).await().atMost(Duration.ofSeconds(30))).isEqualTo(1);
        assertThat(weights.load(premium).await().atMost(Duration.ofSeconds(30))).isEqualTo(4);
        assertThat(weights.load(enterprise).await().atMost(Duration.ofSeconds(30))).isEqualTo(8);
        assertThat(weights.weight(enterprise)).isEqualTo(8); // what the limiters read without waiting
        assertThat(weights.load(UUID.randomUUID()).await().atMost(Duration.ofSeconds(30))).isEqualTo(1);
    }
}
