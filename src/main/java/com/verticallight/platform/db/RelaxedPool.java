package com.verticallight.platform.db;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A small second pool to the same database whose commits do not wait for the disk ({@code synchronous_commit=off}).
 * For two kinds of write only: counters whose loss in a crash is harmless (rate windows, usage per day), so their hot
 * rows are locked for the statement and not for a disk flush; and progress written just before a synchronous commit
 * in the same flow (PostgreSQL flushes its log in order, so the later synchronous commit makes the earlier one
 * durable too) — never a write that is the last before an external effect or an answer.
 */
@ApplicationScoped
public class RelaxedPool {

    private final Vertx vertx;
    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private final int size;
    private volatile Pool pool;

    public RelaxedPool(Vertx vertx, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            @ConfigProperty(name = "vlos.db.relaxed-pool-size", defaultValue = "4") int size) {
        this.vertx = vertx;
        this.url = url;
        this.user = user;
        this.password = password;
        this.size = size;
    }

    public Pool pool() {
        Pool current = pool;
        if (current == null) {
            synchronized (this) {
                if (pool == null) {
                    pool = open();
                }
                current = pool;
            }
        }
        return current;
    }

    private Pool open() {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""));
        user.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        options.addProperty("synchronous_commit", "off");
        options.addProperty("application_name", "vlos-relaxed");
        // as the main pool does: without it every statement was parsed again before each run, two round trips
        // instead of one (seen in the protocol trace of the workflow benchmark; docs/benchmarks.md)
        options.setCachePreparedStatements(true);
        return Pool.newInstance(PgBuilder.pool().with(new PoolOptions().setMaxSize(size)).connectingTo(options)
                .using(vertx.getDelegate()).build());
    }

    @PreDestroy
    void close() {
        if (pool != null) {
            pool.closeAndAwait();
        }
    }
}
