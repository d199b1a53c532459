package com.verticallight.budget;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "vlos.budget")
public interface BudgetConfig {

    /** How many observations the default curve counts as when blended with a business's own results. */
    @WithDefault("3")
    double priorWeight();

    /** The smallest allocation step, in minor units of {@link #minStepCurrency()} (Rs 100). */
    @WithDefault("10000")
    long minStepMinor();

    /**
     * The currency minStepMinor is stated in. Other currencies get no smallest step of their own (1 minor unit), so
     * their step is the budget cut into maxSteps: no exchange rate is assumed.
     */
    @WithDefault("INR")
    String minStepCurrency();

    /** The most steps a budget is cut into; large budgets get larger steps (in multiples of the smallest). */
    @WithDefault("1000")
    int maxSteps();
}
