package com.verticallight.execution;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.business.Money;
import com.verticallight.execution.Baselines.HourlyRate;
import com.verticallight.execution.Metrics.Figures;
import com.verticallight.execution.Metrics.TaskTypeCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsFormulaTest {

    private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);
    private static final HourlyRate RS_500 = new HourlyRate(50000, "INR", "DEFAULT");

    /** 3 posts (20 min), 1 review reply (10), 1 lead reply (5) with Rs 1,500 revenue; 1 manual; 2 sandbox; 1 failed. */
    private static final List<LedgerTally> KNOWN = List.of(
            new LedgerTally("social_post", true, false, Outcome.DONE, 20, 3, 0),
            new LedgerTally("social_post", true, true, Outcome.DONE, 20, 2, 90000),
            new LedgerTally("review_reply", true, false, Outcome.DONE, 10, 1, 0),
            new LedgerTally("lead_reply", true, false, Outcome.DONE, 5, 1, 150000),
            new LedgerTally("google_post", true, false, Outcome.FAILED, 15, 1, 0),
            new LedgerTally("manual:answer-negative-review", false, false, Outcome.DONE, 0, 1, 0));

    @Test
    void theFiguresOfAKnownDayMatchTheHandComputedOnes() {
        Figures f = MetricsFormula.figures(KNOWN, RS_500, 99900, "INR", MARCH_10, MARCH_10.plusDays(1));

        // 5 automated of 6 finished (sandbox and failed left out)
        assertThat(f.automatedTasks()).isEqualTo(5);
        assertThat(f.manualTasks()).isEqualTo(1);
        assertThat(f.totalTasks()).isEqualTo(6);
        assertThat(f.failedTasks()).isEqualTo(1);
        assertThat(f.sandboxTasks()).isEqualTo(2);
        assertThat(f.automationPercent()).isEqualByComparingTo("83.3");
        // 3 x 20 + 10 + 5 = 75 minutes = 1.25 hours; x Rs 500 = Rs 625
        assertThat(f.minutesSaved()).isEqualTo(75);
        assertThat(f.hoursSaved()).isEqualByComparingTo("1.25");
        assertThat(f.valueOfTimeSaved()).isEqualTo(new Money(62500L, "INR"));
        // sandbox revenue is not counted
        assertThat(f.revenueAttributed()).isEqualTo(new Money(150000L, "INR"));
        // Rs 999 / 31 days of March = 3222.58 paise -> 3223
        assertThat(f.subscriptionPrice()).isEqualTo(new Money(3223L, "INR"));
        // (62500 + 150000 - 3223) / 3223
        assertThat(f.roi()).isEqualByComparingTo("64.9324");
        assertThat(f.roiNote()).isNull();
    }

    @Test
    void aWholeMonthCostsTheMonthlyPriceAndAWeekAcrossMonthsIsProratedPerMonth() {
        assertThat(MetricsFormula.proratedPrice(99900, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1)))
                .isEqualTo(99900);
        assertThat(MetricsFormula.proratedPrice(99900, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)))
                .isEqualTo(99900);
        // Mon 27 Apr .. Sun 3 May: 4 days of 30 and 3 days of 31 -> 13320 + 9667.74 = 22987.74
        assertThat(MetricsFormula.proratedPrice(99900, LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 4)))
                .isEqualTo(22988);
    }

    @Test
    void roiIsUndefinedWhenThePlanCostsNothingAndSaysWhy() {
        Figures f = MetricsFormula.figures(KNOWN, RS_500, 0, "INR", MARCH_10, MARCH_10.plusDays(1));

        assertThat(f.roi()).isNull();
        assertThat(f.roiNote()).contains("costs nothing");
        assertThat(f.valueOfTimeSaved()).isEqualTo(new Money(62500L, "INR"));
    }

    @Test
    void withoutTasksThereIsNoAutomationPercentAndWithoutARateNoValue() {
        Figures empty = MetricsFormula.figures(List.of(), RS_500, 99900, "INR", MARCH_10, MARCH_10.plusDays(1));
        assertThat(empty.automationPercent()).isNull();
        assertThat(empty.hoursSaved()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(empty.roi()).isEqualByComparingTo("-1");

        Figures noRate = MetricsFormula.figures(KNOWN, null, 99900, "INR", MARCH_10, MARCH_10.plusDays(1));
        assertThat(noRate.valueOfTimeSaved()).isNull();
        assertThat(noRate.roi()).isNull();
        assertThat(noRate.roiNote()).contains("hourly rate");
    }

    @Test
    void countsPerTaskTypeNameTheBaselinesUsed() {
        List<TaskTypeCount> counts = MetricsFormula.perTaskType(KNOWN);

        assertThat(counts).extracting(TaskTypeCount::taskType).containsExactly("google_post", "lead_reply",
                "manual:answer-negative-review", "review_reply", "social_post");
        assertThat(counts.get(4)).isEqualTo(new TaskTypeCount("social_post", 3, 0, 2, 0, List.of(20), 60));
        assertThat(counts.get(0)).isEqualTo(new TaskTypeCount("google_post", 0, 0, 0, 1, List.of(15), 0));
    }
}
