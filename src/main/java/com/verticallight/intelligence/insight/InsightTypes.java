package com.verticallight.intelligence.insight;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/** The kinds of insight and what acting on one takes (shared reference data in insight_type). */
@ApplicationScoped
public class InsightTypes {

    /** Per item the insight counts: effort and cost scale with the items. */
    public record Kind(String type, int impactScore, int effortMinutes, long costMinor, boolean actionableToday,
            String expectedImpact) {
    }

    @Inject
    Pool pool;

    public Uni<Map<String, Kind>> all() {
        return pool.query("select type, impact_score, effort_minutes, cost_minor, actionable_today, expected_impact "
                + "from insight_type").execute().map(rows -> {
                    Map<String, Kind> kinds = new HashMap<>();
                    rows.forEach(row -> kinds.put(row.getString(0), new Kind(row.getString(0), row.getInteger(1),
                            row.getInteger(2), row.getLong(3), row.getBoolean(4), row.getString(5))));
                    return kinds;
                });
    }
}
