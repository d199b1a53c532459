package com.verticallight.budget;

import java.util.List;
import java.util.function.LongToDoubleFunction;

/**
 * Splits a budget across options to maximise the summed value, exactly on a grid of equal steps: a dynamic
 * programme over (option, steps spent). Each option is either unfunded or funded within [min, max]; the sum stays
 * within the budget. Exact for any value functions on the grid (concavity is not needed); for concave values the
 * grid optimum is at most {@link #gridShortfallBound} below the continuous optimum. O(options x steps^2).
 */
public final class BudgetAllocator {

    /** One thing to fund: its bounds (minor units) and its value at a spend. */
    public record Option(long minMinor, long maxMinor, LongToDoubleFunction value) {
    }

    /** Spend per option (same order as the options) and the total value. */
    public record Allocation(long[] spendMinor, double value) {

        public long total() {
            long sum = 0;
            for (long s : spendMinor) {
                sum += s;
            }
            return sum;
        }
    }

    private BudgetAllocator() {
    }

    public static Allocation allocate(List<Option> options, long budgetMinor, long stepMinor) {
        int steps = (int) (budgetMinor / stepMinor);
        int n = options.size();
        double[] best = new double[steps + 1];
        int[][] choice = new int[n][steps + 1];
        for (int i = 0; i < n; i++) {
            Option option = options.get(i);
            int low = (int) Math.max(1, ceilDiv(option.minMinor(), stepMinor));
            int high = (int) Math.min(steps, option.maxMinor() / stepMinor);
            double[] values = new double[high + 1];
            for (int k = low; k <= high; k++) {
                values[k] = option.value().applyAsDouble(k * stepMinor);
            }
            double[] next = new double[steps + 1];
            for (int s = 0; s <= steps; s++) {
                next[s] = best[s];
                for (int k = low; k <= Math.min(high, s); k++) {
                    double candidate = best[s - k] + values[k];
                    if (candidate > next[s] + 1e-12) {
                        next[s] = candidate;
                        choice[i][s] = k;
                    }
                }
            }
            best = next;
        }
        long[] spend = new long[n];
        int s = steps;
        for (int i = n - 1; i >= 0; i--) {
            spend[i] = choice[i][s] * stepMinor;
            s -= choice[i][s];
        }
        return new Allocation(spend, best[steps]);
    }

    /**
     * How far the grid optimum can fall below the best continuous allocation when every value is concave and
     * increasing and every minimum lies on the grid: rounding each continuous amount down to the grid loses at most
     * one step on each option, worth at most step x its steepest slope (the slope at zero).
     */
    public static double gridShortfallBound(List<Double> slopesAtZero, long stepMinor) {
        return slopesAtZero.stream().mapToDouble(slope -> slope * stepMinor).sum();
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
