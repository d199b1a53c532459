package com.verticallight.execution;

import com.verticallight.business.Money;
import com.verticallight.execution.Baselines.HourlyRate;
import com.verticallight.execution.Metrics.Figures;
import com.verticallight.execution.Metrics.TaskTypeCount;
import com.verticallight.i18n.Languages;
import com.verticallight.i18n.Phrase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The metric arithmetic, free of I/O. Sandbox rows are counted apart and never in the figures; failed rows are
 * counted apart and not in automation % (a failed task is redone by a person and then recorded again).
 */
public final class MetricsFormula {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MetricsFormula() {
    }

    /** The figures for the ledger tallies of one period [from, to). */
    public static Figures figures(List<LedgerTally> tallies, HourlyRate rate, long monthlyPriceMinor,
            String priceCurrency, LocalDate from, LocalDate to) {
        return figures(tallies, rate, monthlyPriceMinor, priceCurrency, from, to, Languages.ENGLISH);
    }

    /** The figures, the note on a missing return in the reader's language. */
    public static Figures figures(List<LedgerTally> tallies, HourlyRate rate, long monthlyPriceMinor,
            String priceCurrency, LocalDate from, LocalDate to, Locale locale) {
        long automated = 0;
        long manual = 0;
        long failed = 0;
        long sandbox = 0;
        long minutesSaved = 0;
        long revenue = 0;
        for (LedgerTally t : tallies) {
            if (t.sandbox()) {
                sandbox += t.count();
            } else if (t.outcome() == Outcome.FAILED) {
                failed += t.count();
            } else {
                revenue += t.revenueMinor();
                if (t.automated()) {
                    automated += t.count();
                    minutesSaved += t.count() * t.baselineMinutes();
                } else {
                    manual += t.count();
                }
            }
        }
        long total = automated + manual;
        BigDecimal percent = total == 0 ? null
                : BigDecimal.valueOf(automated).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
        BigDecimal hours = BigDecimal.valueOf(minutesSaved).divide(SIXTY, 2, RoundingMode.HALF_UP);
        long price = proratedPrice(monthlyPriceMinor, from, to);
        Money value = rate == null ? null : new Money(BigDecimal.valueOf(minutesSaved)
                .multiply(BigDecimal.valueOf(rate.amountMinor())).divide(SIXTY, 0, RoundingMode.HALF_UP).longValue(),
                rate.currency());
        String note = null;
        BigDecimal roi = null;
        if (price == 0) {
            note = Phrase.of("metrics.roi.free").in(locale);
        } else if (value == null) {
            note = Phrase.of("metrics.roi.noRate").in(locale);
        } else if (!value.currency().equals(priceCurrency)) {
            note = Phrase.of("metrics.roi.currencies", "rateCurrency", value.currency(), "planCurrency", priceCurrency)
                    .in(locale);
        } else {
            roi = BigDecimal.valueOf(value.amountMinor() + revenue - price)
                    .divide(BigDecimal.valueOf(price), 4, RoundingMode.HALF_UP);
        }
        return new Figures(percent, automated, manual, total, failed, sandbox, minutesSaved, hours, value,
                new Money(revenue, priceCurrency), new Money(price, priceCurrency), roi, note);
    }

    /** The monthly price spread over [from, to): each day costs the monthly price / the days of its month. */
    public static long proratedPrice(long monthlyPriceMinor, LocalDate from, LocalDate to) {
        BigDecimal sum = BigDecimal.ZERO;
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            sum = sum.add(BigDecimal.valueOf(monthlyPriceMinor)
                    .divide(BigDecimal.valueOf(day.lengthOfMonth()), 10, RoundingMode.HALF_UP));
        }
        return sum.setScale(0, RoundingMode.HALF_UP).longValue();
    }

    /** Counts per task type, with the distinct baselines its rows carried. */
    public static List<TaskTypeCount> perTaskType(List<LedgerTally> tallies) {
        Map<String, List<LedgerTally>> byType = new TreeMap<>();
        tallies.forEach(t -> byType.computeIfAbsent(t.taskType(), k -> new ArrayList<>()).add(t));
        List<TaskTypeCount> counts = new ArrayList<>();
        byType.forEach((type, rows) -> {
            long automated = 0;
            long manual = 0;
            long sandbox = 0;
            long failed = 0;
            long minutes = 0;
            TreeSet<Integer> baselines = new TreeSet<>();
            for (LedgerTally t : rows) {
                baselines.add(t.baselineMinutes());
                if (t.sandbox()) {
                    sandbox += t.count();
                } else if (t.outcome() == Outcome.FAILED) {
                    failed += t.count();
                } else if (t.automated()) {
                    automated += t.count();
                    minutes += t.count() * t.baselineMinutes();
                } else {
                    manual += t.count();
                }
            }
            counts.add(new TaskTypeCount(type, automated, manual, sandbox, failed, List.copyOf(baselines), minutes));
        });
        return counts;
    }
}
