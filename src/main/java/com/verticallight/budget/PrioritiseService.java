package com.verticallight.budget;

import com.verticallight.i18n.Text;
import com.verticallight.budget.BudgetViews.Candidate;
import com.verticallight.budget.BudgetViews.PrioritiseRequest;
import com.verticallight.budget.BudgetViews.PrioritisedView;
import com.verticallight.budget.TaskPrioritiser.Choice;
import com.verticallight.budget.TaskPrioritiser.Task;
import com.verticallight.business.BusinessService;
import com.verticallight.business.Money;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/** Chooses the tasks worth doing this month within the money and the owner's hours. */
@ApplicationScoped
public class PrioritiseService {

    static final String METHOD = "Exact 0/1 knapsack with two constraints (money and minutes), branch and bound "
            + "with the smaller of the two fractional bounds";

    @Inject
    BusinessService businesses;

    public Uni<PrioritisedView> prioritise(UUID businessId, PrioritiseRequest request) {
        requireDistinctKeys(request.candidates());
        return businesses.get(businessId).map(business -> {
            String currency = business.monthlyBudget().currency();
            long money = request.moneyLimitMinor() == null ? business.monthlyBudget().amountMinor()
                    : request.moneyLimitMinor();
            List<Task> tasks = request.candidates().stream()
                    .map(c -> new Task(c.costMinor(), c.minutes(), c.impact())).toList();
            Choice best = TaskPrioritiser.best(tasks, money, request.minutesLimit());
            Choice greedy = TaskPrioritiser.greedyByRatio(tasks, money, request.minutesLimit());
            List<Candidate> chosen = best.chosen().stream().map(request.candidates()::get).toList();
            List<String> left = IntStream.range(0, tasks.size()).filter(i -> !best.chosen().contains(i))
                    .mapToObj(i -> request.candidates().get(i).key()).toList();
            return new PrioritisedView(business.id(), new Money(money, currency), request.minutesLimit(), chosen, left,
                    BudgetPlanner.round(best.impact()), new Money(best.costMinor(), currency), best.minutes(), METHOD,
                    BudgetPlanner.round(greedy.impact()));
        });
    }

    private static void requireDistinctKeys(List<Candidate> candidates) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (!seen.add(candidates.get(i).key())) {
                throw ProblemException.invalid("candidates[" + i + "].key", Text.of("budget.listedTwice"));
            }
        }
    }
}
