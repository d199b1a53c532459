package com.verticallight.intelligence.insight;

import com.verticallight.budget.BudgetResult;
import com.verticallight.budget.BudgetResultRepository;
import com.verticallight.execution.Priority;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Last month's recorded spend (all activities) against the monthly budget: spending less than (1 - tolerance) of it
 * leaves the plan's expected results on the table; spending more than (1 + tolerance) of it is over budget. Judged
 * only for a completed month with recorded results and a budget above zero.
 */
@ApplicationScoped
public class BudgetUseRule implements InsightRule {

    @Inject
    BudgetResultRepository results;

    @Inject
    InsightConfig config;

    @Override
    public String type() {
        return "budget_use";
    }

    @Override
    public Uni<List<Finding>> find(InsightContext context) {
        long budget = context.business().monthlyBudgetMinor;
        LocalDate lastMonth = YearMonth.from(context.now().atZone(context.zone())).minusMonths(1).atDay(1);
        if (budget <= 0) {
            return Uni.createFrom().item(List.of());
        }
        return results.list("businessId = :b and month = :m", Map.of("b", context.business().id, "m", lastMonth),
                "activity").map(found -> found.isEmpty() ? List.of()
                        : judge(lastMonth, budget, context.business().budgetCurrency, found, config.budgetUseTolerance()));
    }

    static List<Finding> judge(LocalDate month, long budget, String currency, List<BudgetResult> recorded,
            double tolerance) {
        long spent = recorded.stream().mapToLong(r -> r.spendMinor).sum();
        boolean under = spent < budget * (1 - tolerance);
        boolean over = spent > budget * (1 + tolerance);
        if (!under && !over) {
            return List.of();
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("month", YearMonth.from(month).toString());
        evidence.put("currency", currency);
        evidence.put("monthlyBudgetMinor", budget);
        evidence.put("spentMinor", spent);
        evidence.put("differenceMinor", spent - budget);
        evidence.put("usedPercent", BigDecimal.valueOf(spent * 100).divide(BigDecimal.valueOf(budget), 1,
                RoundingMode.HALF_UP));
        evidence.put("tolerancePercent", BigDecimal.valueOf(tolerance * 100).setScale(1, RoundingMode.HALF_UP));
        Map<String, Long> byActivity = new TreeMap<>();
        recorded.forEach(r -> byActivity.merge(r.activity.name(), r.spendMinor, Long::sum));
        evidence.put("spendByActivityMinor", byActivity);
        String used = evidence.get("usedPercent") + "%";
        return List.of(under
                ? new Finding(evidence.get("month").toString(), "Only " + used + " of last month's budget was spent",
                        "The budget plan expects results from the whole monthly budget. Spend the rest on the plan's "
                                + "activities this month, or lower the monthly budget so the plan matches what you spend.",
                        Priority.MEDIUM, 1, evidence)
                : new Finding(evidence.get("month").toString(), "Last month's spend was " + used + " of the budget",
                        "More was spent than the monthly budget allows. Check which activity ran over and cap it, or "
                                + "raise the monthly budget so the plan allocates what you really spend.",
                        Priority.HIGH, 1, evidence));
    }
}
