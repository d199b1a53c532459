package com.verticallight.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers the embedded PostgreSQL (one database per test run) and the WireMock platforms for every
 * @QuarkusTest of the module.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(WireMockPlatforms.class)
public final class WithEmbeddedPostgres {

    private WithEmbeddedPostgres() {
    }
}
