package com.verticallight.platform.problem;

import com.verticallight.i18n.Text;
import java.util.Map;

/** Creating one more of something would go beyond what the tenant's plan allows. */
public class PlanLimitExceeded extends ProblemException {

    private final String plan;

    public PlanLimitExceeded(String limit, long allowed, String plan) {
        super(Problem.of(403, "Plan limit reached", text(limit, allowed, plan, "removeOne")).withLimit(limit, allowed));
        this.plan = plan;
    }

    public String plan() {
        return plan;
    }

    /**
     * "The BASIC plan allows 3 locations; upgrade the plan or remove one first": the limit's own sentence
     * (planLimit.&lt;limit&gt;, with the way out named by {@code then}: removeOne or workflowsActive).
     */
    public static Text text(String limit, long allowed, String plan, String then) {
        return Text.of("planLimit." + limit, Map.of("plan", plan, "allowed", allowed, "then", then));
    }
}
