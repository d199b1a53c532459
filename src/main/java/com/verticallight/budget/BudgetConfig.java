package com.verticallight.budget;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "vlos.budget")
public interface BudgetConfig {

    /** How many observations the default curve counts as when blended with a business's own results. */
    @WithDefault("3")
    double priorWeight();

    /** The smallest allocation step, in minor units (Rs 100). */
    @WithDefault("10000")
    long minStepMinor();

    /** The most steps a budget is cut into; large budgets get larger steps (in multiples of the smallest). */
    @WithDefault("1000")
    int maxSteps();
}
