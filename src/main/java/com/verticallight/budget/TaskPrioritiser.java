package com.verticallight.budget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the set of tasks with the most impact whose cost fits the money and whose minutes fit the owner's time: an
 * exact 0/1 knapsack with two constraints, by depth-first branch and bound. The bound at a node is the smaller of
 * the two fractional (LP) knapsack bounds, one per constraint; each is a valid upper bound on what the remaining
 * tasks can add, so a branch is cut only when it cannot beat the best set found. Exact for any inputs; the work is
 * exponential only in pathological cases, hence the cap on candidates.
 */
public final class TaskPrioritiser {

    public static final int MAX_CANDIDATES = 40;

    public record Task(long costMinor, long minutes, double impact) {
    }

    /** Indices of the chosen tasks (ascending) and their totals. */
    public record Choice(List<Integer> chosen, double impact, long costMinor, long minutes) {
    }

    private final List<Task> tasks;
    private final Integer[] order;
    private final long moneyLimit;
    private final long minutesLimit;
    private boolean[] current;
    private boolean[] best;
    private double bestImpact = -1;

    private TaskPrioritiser(List<Task> tasks, long moneyLimit, long minutesLimit) {
        this.tasks = tasks;
        this.moneyLimit = moneyLimit;
        this.minutesLimit = minutesLimit;
        this.order = new Integer[tasks.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // most impact per share of both resources first: good sets are found early, so more is cut
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -density(tasks.get(i))));
    }

    public static Choice best(List<Task> tasks, long moneyLimit, long minutesLimit) {
        TaskPrioritiser search = new TaskPrioritiser(tasks, moneyLimit, minutesLimit);
        search.current = new boolean[tasks.size()];
        search.best = new boolean[tasks.size()];
        search.explore(0, 0, 0, 0);
        return search.choiceOf(search.best);
    }

    /** The usual shortcut, for comparison: by impact per rupee, take each task that still fits. */
    public static Choice greedyByRatio(List<Task> tasks, long moneyLimit, long minutesLimit) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -ratio(tasks.get(i))));
        boolean[] taken = new boolean[tasks.size()];
        long money = 0;
        long minutes = 0;
        for (int i : order) {
            Task t = tasks.get(i);
            if (money + t.costMinor() <= moneyLimit && minutes + t.minutes() <= minutesLimit) {
                taken[i] = true;
                money += t.costMinor();
                minutes += t.minutes();
            }
        }
        return new TaskPrioritiser(tasks, moneyLimit, minutesLimit).choiceOf(taken);
    }

    private void explore(int depth, long money, long minutes, double impact) {
        if (impact > bestImpact) {
            bestImpact = impact;
            best = current.clone();
        }
        if (depth == order.length || impact + bound(depth, money, minutes) <= bestImpact) {
            return;
        }
        int i = order[depth];
        Task t = tasks.get(i);
        if (money + t.costMinor() <= moneyLimit && minutes + t.minutes() <= minutesLimit) {
            current[i] = true;
            explore(depth + 1, money + t.costMinor(), minutes + t.minutes(), impact + t.impact());
            current[i] = false;
        }
        explore(depth + 1, money, minutes, impact);
    }

    /** What the tasks from depth on could add at most: the smaller of the two fractional knapsack bounds. */
    private double bound(int depth, long money, long minutes) {
        List<Task> rest = new ArrayList<>();
        for (int d = depth; d < order.length; d++) {
            Task t = tasks.get(order[d]);
            if (money + t.costMinor() <= moneyLimit && minutes + t.minutes() <= minutesLimit) {
                rest.add(t);
            }
        }
        return Math.min(fractional(rest, moneyLimit - money, Task::costMinor),
                fractional(rest, minutesLimit - minutes, Task::minutes));
    }

    private static double fractional(List<Task> rest, long capacity, java.util.function.ToLongFunction<Task> weight) {
        List<Task> sorted = new ArrayList<>(rest);
        sorted.sort(Comparator.comparingDouble((Task t) -> weight.applyAsLong(t) == 0 ? Double.NEGATIVE_INFINITY
                : -t.impact() / weight.applyAsLong(t)));
        double total = 0;
        long left = capacity;
        for (Task t : sorted) {
            long w = weight.applyAsLong(t);
            if (w <= left) {
                total += t.impact();
                left -= w;
            } else {
                total += t.impact() * left / w;
                break;
            }
        }
        return total;
    }

    private double density(Task t) {
        double share = (moneyLimit == 0 ? 0 : (double) t.costMinor() / moneyLimit)
                + (minutesLimit == 0 ? 0 : (double) t.minutes() / minutesLimit);
        return share == 0 ? Double.MAX_VALUE : t.impact() / share;
    }

    private static double ratio(Task t) {
        return t.costMinor() == 0 ? Double.MAX_VALUE : t.impact() / t.costMinor();
    }

    private Choice choiceOf(boolean[] taken) {
        List<Integer> chosen = new ArrayList<>();
        double impact = 0;
        long money = 0;
        long minutes = 0;
        for (int i = 0; i < taken.length; i++) {
            if (taken[i]) {
                chosen.add(i);
                impact += tasks.get(i).impact();
                money += tasks.get(i).costMinor();
                minutes += tasks.get(i).minutes();
            }
        }
        return new Choice(chosen, impact, money, minutes);
    }
}
