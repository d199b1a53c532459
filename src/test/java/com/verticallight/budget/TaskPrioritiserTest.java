package com.verticallight.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.verticallight.budget.TaskPrioritiser.Choice;
import com.verticallight.budget.TaskPrioritiser.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TaskPrioritiserTest {

    @Test
    void beatsTheImpactPerRupeeShortcutWhereItIsWrong() {
        // Rs 100 and 100 minutes: A has the best ratio (70/60) but leaves room for nothing; B + C use it all
        List<Task> tasks = List.of(new Task(60, 10, 70), new Task(50, 10, 50), new Task(50, 10, 50));

        Choice greedy = TaskPrioritiser.greedyByRatio(tasks, 100, 100);
        Choice best = TaskPrioritiser.best(tasks, 100, 100);

        assertThat(greedy.chosen()).containsExactly(0);
        assertThat(greedy.impact()).isEqualTo(70);
        assertThat(best.chosen()).containsExactly(1, 2);
        assertThat(best.impact()).isEqualTo(100);
    }

    @Test
    void theOwnersHoursLimitTheChoiceAsMuchAsMoney() {
        // money is plentiful; 120 minutes: the 90-minute task (impact 9) loses to two 60-minute ones (5 + 5)
        List<Task> tasks = List.of(new Task(0, 90, 9), new Task(0, 60, 5), new Task(0, 60, 5));

        Choice best = TaskPrioritiser.best(tasks, 1_000_000, 120);

        assertThat(best.chosen()).containsExactly(1, 2);
        assertThat(best.minutes()).isEqualTo(120);
    }

    @Test
    void matchesBruteForceOnRandomSmallCases() {
        Random random = new Random(42);
        for (int run = 0; run < 300; run++) {
            int n = random.nextInt(11);
            List<Task> tasks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                tasks.add(new Task(random.nextInt(5) == 0 ? 0 : random.nextInt(5000), random.nextInt(240),
                        random.nextInt(100)));
            }
            long money = random.nextInt(12000);
            long minutes = random.nextInt(600);

            Choice best = TaskPrioritiser.best(tasks, money, minutes);

            assertThat(best.impact()).as("run %d", run).isCloseTo(bruteForce(tasks, money, minutes), within(1e-9));
            assertThat(best.costMinor()).isLessThanOrEqualTo(money);
            assertThat(best.minutes()).isLessThanOrEqualTo(minutes);
        }
    }

    private static double bruteForce(List<Task> tasks, long money, long minutes) {
        double best = 0;
        for (int mask = 0; mask < 1 << tasks.size(); mask++) {
            long cost = 0;
            long time = 0;
            double impact = 0;
            for (int i = 0; i < tasks.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    cost += tasks.get(i).costMinor();
                    time += tasks.get(i).minutes();
                    impact += tasks.get(i).impact();
                }
            }
            if (cost <= money && time <= minutes) {
                best = Math.max(best, impact);
            }
        }
        return best;
    }
}
