package com.verticallight.crm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void indianNationalFormsBecomeE164() {
        assertThat(PhoneNumbers.toE164("098123 45678", "IN")).contains("+919812345678");
        assertThat(PhoneNumbers.toE164("98123-45678", "IN")).contains("+919812345678");
        assertThat(PhoneNumbers.toE164("+91 98123 45678", "US")).contains("+919812345678");
    }

    @Test
    void invalidNumbersAreEmpty() {
        assertThat(PhoneNumbers.toE164("98123", "IN")).isEmpty();
        assertThat(PhoneNumbers.toE164("call me", "IN")).isEmpty();
        assertThat(PhoneNumbers.toE164("919812345678", "ZZ")).isEmpty();
    }

    @Test
    void theRegionComesFromTheLocaleWithIndiaAsFallback() {
        assertThat(PhoneNumbers.regionOf("en-IN")).isEqualTo("IN");
        assertThat(PhoneNumbers.regionOf("en-GB")).isEqualTo("GB");
        assertThat(PhoneNumbers.regionOf("hi")).isEqualTo("IN");
        assertThat(PhoneNumbers.regionOf(null)).isEqualTo("IN");
    }
}
