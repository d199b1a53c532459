package com.verticallight.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.verticallight.budget.BudgetAllocator.Allocation;
import com.verticallight.budget.BudgetAllocator.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BudgetAllocatorTest {

    private static Option curve(double a, long b, long min, long max) {
        ResponseCurve c = new ResponseCurve(Activity.TOOLS, Goal.LEADS, a, b);
        return new Option(min, max, c::expected);
    }

    @Test
    void twoEqualCurvesShareTheBudgetEqually() {
        // value(x) = 100 (1 - e^(-x/1000)) for both: the marginal returns are equal when the spends are equal
        Allocation result = BudgetAllocator.allocate(List.of(curve(100, 1000, 0, 10000), curve(100, 1000, 0, 10000)),
                2000, 100);

        assertThat(result.spendMinor()).containsExactly(1000, 1000);
        assertThat(result.value()).isCloseTo(2 * 100 * (1 - Math.exp(-1)), within(1e-9));
    }

    @Test
    void matchesEveryAllocationOnACoarseGridEnumeratedByHand() {
        List<Option> options = List.of(curve(40, 800, 300, 1500), curve(30, 600, 200, 1200), curve(12, 300, 0, 400));

        Allocation result = BudgetAllocator.allocate(options, 2000, 100);

        Best brute = bruteForce(options, 2000, 100);
        assertThat(result.value()).isCloseTo(brute.value, within(1e-9));
        assertThat(result.spendMinor()).containsExactly(brute.spend);
        assertWithinBounds(options, result, 2000);
    }

    @Test
    void respectsMinimumsAndMaximumsEvenWhenACurveIsSteep() {
        // the first is steep but capped at 500; the second is worth funding only above its minimum of 800
        List<Option> options = List.of(curve(1000, 100, 0, 500), curve(50, 2000, 800, 5000));

        Allocation result = BudgetAllocator.allocate(options, 1000, 100);

        // 1000 cannot fund both (500 + 800): compare by hand 500+0 (1000(1-e^-5)) vs 200+800 (1000(1-e^-2)+50(1-e^-0.4))
        double capped = 1000 * (1 - Math.exp(-5));
        double both = 1000 * (1 - Math.exp(-2)) + 50 * (1 - Math.exp(-0.4));
        assertThat(capped).isGreaterThan(both);
        assertThat(result.spendMinor()).containsExactly(500, 0);
        assertWithinBounds(options, result, 1000);
    }

    @Test
    void agreesWithBruteForceOnRandomSmallCases() {
        Random random = new Random(17);
        for (int run = 0; run < 200; run++) {
            int n = 1 + random.nextInt(4);
            List<Option> options = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long min = 100L * random.nextInt(4);
                long max = min + 100L * random.nextInt(8);
                options.add(curve(1 + random.nextInt(50), 100 + random.nextInt(1500), min, max));
            }
            long budget = 100L * random.nextInt(16);

            Allocation result = BudgetAllocator.allocate(options, budget, 100);

            assertThat(result.value()).as("run %d", run).isCloseTo(bruteForce(options, budget, 100).value, within(1e-9));
            assertWithinBounds(options, result, budget);
        }
    }

    @Test
    void theGridOptimumIsWithinTheStatedBoundOfAFinerGrid() {
        List<Option> options = List.of(curve(40, 800, 0, 5000), curve(30, 600, 0, 5000));
        double coarse = BudgetAllocator.allocate(options, 3000, 500).value();
        double fine = BudgetAllocator.allocate(options, 3000, 1).value();

        double bound = BudgetAllocator.gridShortfallBound(List.of(40.0 / 800, 30.0 / 600), 500);
        assertThat(fine - coarse).isGreaterThanOrEqualTo(-1e-9).isLessThanOrEqualTo(bound);
    }

    private static void assertWithinBounds(List<Option> options, Allocation result, long budget) {
        assertThat(result.total()).isLessThanOrEqualTo(budget);
        for (int i = 0; i < options.size(); i++) {
            long spend = result.spendMinor()[i];
            assertThat(spend == 0 || spend >= options.get(i).minMinor() && spend <= options.get(i).maxMinor())
                    .as("option %d spend %d within [%d, %d] or 0", i, spend, options.get(i).minMinor(),
                            options.get(i).maxMinor())
                    .isTrue();
        }
    }

    private record Best(double value, long[] spend) {
    }

    /** Every combination of grid amounts (0 or within bounds) that fits the budget. */
    private static Best bruteForce(List<Option> options, long budget, long step) {
        Best[] best = {new Best(0, new long[options.size()])};
        enumerate(options, 0, new long[options.size()], budget, step, best);
        return best[0];
    }

    private static void enumerate(List<Option> options, int i, long[] spend, long left, long step, Best[] best) {
        if (i == options.size()) {
            double value = 0;
            for (int j = 0; j < spend.length; j++) {
                value += spend[j] == 0 ? 0 : options.get(j).value().applyAsDouble(spend[j]);
            }
            if (value > best[0].value + 1e-12) {
                best[0] = new Best(value, spend.clone());
            }
            return;
        }
        for (long x = 0; x <= left; x += step) {
            if (x != 0 && (x < options.get(i).minMinor() || x > options.get(i).maxMinor())) {
                continue;
            }
            spend[i] = x;
            enumerate(options, i + 1, spend, left - x, step, best);
        }
        spend[i] = 0;
    }
}
