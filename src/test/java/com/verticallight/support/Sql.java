package com.verticallight.support;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes rows directly, to check what the API stored (or to set up a state). */
@ApplicationScoped
public class Sql {

    @Inject
    Pool pool;

    public List<Row> query(String sql, Object... params) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(Duration.ofSeconds(10)).forEach(rows::add);
        return rows;
    }

    public long count(String sql, Object... params) {
        return query(sql, params).get(0).getLong(0);
    }
}
