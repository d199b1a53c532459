package com.verticallight.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpaRoutingTest {

    @Test
    void pagesOfTheAppAreServedTheApp() {
        assertThat(SpaRouting.isAppPage("/settings")).isTrue();
        assertThat(SpaRouting.isAppPage("/tasks/7f0c0a1e-2d3b-4c5d-9e8f-0a1b2c3d4e5f")).isTrue();
        assertThat(SpaRouting.isAppPage("/onboarding")).isTrue();
        assertThat(SpaRouting.isAppPage("/quick-start")).as("only the /q segment is the server's").isTrue();
    }

    @Test
    void theServersOwnPathsAndFilesAreLeftAlone() {
        assertThat(SpaRouting.isAppPage("/")).isFalse();
        assertThat(SpaRouting.isAppPage("/api/v1/businesses")).isFalse();
        assertThat(SpaRouting.isAppPage("/api")).isFalse();
        assertThat(SpaRouting.isAppPage("/q/health")).isFalse();
        assertThat(SpaRouting.isAppPage("/webhooks/meta")).isFalse();
        assertThat(SpaRouting.isAppPage("/public/lead-forms/abc")).isFalse();
        assertThat(SpaRouting.isAppPage("/assets/index-CGRPjVxX.js")).isFalse();
        assertThat(SpaRouting.isAppPage("/favicon.ico")).isFalse();
    }
}
