package com.verticallight.platform.problem;

/** Creating one more of something would go beyond what the tenant's plan allows. */
public class PlanLimitExceeded extends ProblemException {

    public PlanLimitExceeded(String limit, long allowed, String plan) {
        super(Problem.of(403, "Plan limit reached",
                "The " + plan + " plan allows " + allowed + " " + limit.replace('_', ' ')
                        + "; upgrade the plan or remove one first")
                .withLimit(limit, allowed));
    }
}
