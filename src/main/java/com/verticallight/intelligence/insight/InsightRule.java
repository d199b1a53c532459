package com.verticallight.intelligence.insight;

import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * One way of finding an insight in the data held about a business. Each rule is a CDI bean, so a feature adds
 * a rule by adding a bean. Rules run one after another inside one session: use the session, never in parallel.
 */
public interface InsightRule {

    /** A row of table insight_type (its impact, effort and cost per item). */
    String type();

    /** What holds today; an empty list when the rule's data condition does not hold. */
    Uni<List<Finding>> find(InsightContext context);
}
