package com.verticallight.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MoneyTextTest {

    @Test
    void rupeesInWholeUnitsWithIndianGrouping() {
        assertThat(MoneyText.of(3_800_000, "INR")).isEqualTo("₹38,000");
        assertThat(MoneyText.of(125_000_000, "INR")).isEqualTo("₹12,50,000");
        assertThat(MoneyText.of(49_950, "INR")).isEqualTo("₹500");
    }
}
