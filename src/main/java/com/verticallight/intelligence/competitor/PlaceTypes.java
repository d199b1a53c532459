package com.verticallight.intelligence.competitor;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** The Places types that stand for a business category (shared reference data in category_place_type). */
@ApplicationScoped
public class PlaceTypes {

    @Inject
    Pool pool;

    public Uni<List<String>> forCategory(String category) {
        return pool.preparedQuery("select place_type from category_place_type where category = $1 order by place_type")
                .execute(Tuple.of(category))
                .map(rows -> {
                    List<String> types = new ArrayList<>();
                    rows.forEach(row -> types.add(row.getString(0)));
                    return types;
                });
    }
}
