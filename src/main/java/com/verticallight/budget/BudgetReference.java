package com.verticallight.budget;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The engine's reference data (V17): activities with their spend bounds, default response curves, strategy labels
 * and free actions. Shared by all tenants. A category's own rows win over the rows for every category ('*').
 */
@ApplicationScoped
public class BudgetReference {

    /** maxMinor is {@link #NO_MAX} when only the budget limits the activity. */
    public record ActivityBounds(Activity activity, long minMinor, long maxMinor, String description) {

        public static final long NO_MAX = Long.MAX_VALUE;
    }

    public record Strategy(String label, long fromMinor, String focus) {
    }

    public record FreeAction(String key, String title, Goal goal, double expectedPerMonth, int minutesPerWeek,
            boolean automated) {
    }

    @Inject
    Pool pool;

    public Uni<List<ActivityBounds>> activities(String category, String currency) {
        return rows("select * from budget_activity where currency = $1 and category in ($2, '*')"
                + " order by category = '*', activity", Tuple.of(currency, category))
                .map(rows -> preferCategory(rows, r -> r.getString("activity"), r -> new ActivityBounds(
                        Activity.valueOf(r.getString("activity")), r.getLong("min_spend_minor"),
                        r.getLong("max_spend_minor"), r.getString("description"))));
    }

    public Uni<List<ResponseCurve>> curves(String category, String currency) {
        return rows("select * from budget_curve where currency = $1 and category in ($2, '*')"
                + " order by category = '*', activity, goal", Tuple.of(currency, category))
                .map(rows -> preferCategory(rows, r -> r.getString("activity") + "/" + r.getString("goal"),
                        r -> new ResponseCurve(Activity.valueOf(r.getString("activity")), Goal.valueOf(r.getString("goal")),
                                r.getBigDecimal("scale_a").doubleValue(), r.getLong("spend_b_minor"))));
    }

    /** Labels by the paid spend they start from, lowest first. */
    public Uni<List<Strategy>> strategies(String currency) {
        return rows("select * from budget_strategy where currency = $1 order by from_minor", Tuple.of(currency))
                .map(rows -> rows.stream().map(r -> new Strategy(r.getString("label"), r.getLong("from_minor"),
                        r.getString("focus"))).toList());
    }

    public Uni<List<FreeAction>> freeActions(String category) {
        return rows("select * from budget_free_action where category in ($1, '*') order by category = '*', key",
                Tuple.of(category))
                .map(rows -> preferCategory(rows, r -> r.getString("key"), r -> new FreeAction(r.getString("key"),
                        r.getString("title"), Goal.valueOf(r.getString("goal")),
                        r.getBigDecimal("expected_per_month").doubleValue(), r.getInteger("minutes_per_week"),
                        r.getBoolean("automated"))));
    }

    private Uni<List<Row>> rows(String sql, Tuple parameters) {
        return pool.preparedQuery(sql).execute(parameters).map(set -> {
            List<Row> rows = new java.util.ArrayList<>();
            set.forEach(rows::add);
            return rows;
        });
    }

    /** Rows come with the category's own first; the first row of each key wins. */
    private static <T> List<T> preferCategory(List<Row> rows, Function<Row, String> key, Function<Row, T> map) {
        Map<String, T> chosen = new LinkedHashMap<>();
        rows.forEach(row -> chosen.putIfAbsent(key.apply(row), map.apply(row)));
        return List.copyOf(chosen.values());
    }
}
