package com.verticallight.execution.plan;

import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * Adds tasks to a business's day. Called inside the plan's transaction, after the platform reads; must not call
 * platforms itself. Other features (appointment reminders, follow-ups) add their own contributor bean.
 */
public interface PlanContributor {

    /** Lower runs first; tasks are listed in this order. */
    int order();

    Uni<List<PlannedTask>> plan(DayContext day);
}
