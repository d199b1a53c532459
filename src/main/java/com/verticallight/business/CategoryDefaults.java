package com.verticallight.business;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/** The starting configuration of each category, kept as data in {@code category_default}. */
@ApplicationScoped
public class CategoryDefaults {

    private static final JsonColumns.CategoryConfigColumn JSON = new JsonColumns.CategoryConfigColumn();

    @Inject
    Pool pool;

    public Uni<CategoryConfig> forCategory(Category category) {
        return pool.preparedQuery("select config from category_default where category = $1")
                .execute(Tuple.of(category.code()))
                .map(rows -> JSON.convertToEntityAttribute(rows.iterator().next().getString("config")));
    }

    public Uni<Map<String, CategoryConfig>> all() {
        return pool.query("select category, config from category_default order by category").execute()
                .map(rows -> {
                    Map<String, CategoryConfig> all = new LinkedHashMap<>();
                    for (Row row : rows) {
                        all.put(row.getString("category"), JSON.convertToEntityAttribute(row.getString("config")));
                    }
                    return all;
                });
    }
}
