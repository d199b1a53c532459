package com.verticallight.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded PostgreSQL for every @QuarkusTest of the module (one database per test run). */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class WithEmbeddedPostgres {

    private WithEmbeddedPostgres() {
    }
}
