package com.verticallight.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Sums over the outlets; percentages and the rating are recomputed from the summed counts, not averaged. */
final class PortfolioTotals {

    private PortfolioTotals() {
    }

    static PortfolioView.Totals of(List<OutletFigures> outlets) {
        long automated = outlets.stream().mapToLong(OutletFigures::automatedTasks).sum();
        long manual = outlets.stream().mapToLong(OutletFigures::manualTasks).sum();
        BigDecimal hours = outlets.stream().map(OutletFigures::hoursSaved).reduce(BigDecimal.ZERO, BigDecimal::add);
        long reviews = outlets.stream().mapToLong(OutletFigures::reviewCount).sum();
        long stars = outlets.stream().mapToLong(OutletFigures::reviewStars).sum();
        long run = outlets.stream().mapToLong(OutletFigures::plansRun).sum();
        long done = outlets.stream().mapToLong(OutletFigures::plansDone).sum();
        long leads = outlets.stream().mapToLong(OutletFigures::leads).sum();
        long replied = outlets.stream().mapToLong(OutletFigures::leadsReplied).sum();
        long converted = outlets.stream().mapToLong(OutletFigures::leadsConverted).sum();
        List<Long> replySeconds = outlets.stream().flatMap(o -> o.firstReplySeconds().stream()).sorted().toList();
        return new PortfolioView.Totals(outlets.size(), ratio(automated, automated + manual, 100, 1), automated, manual,
                hours, reviews, ratio(stars, reviews, 1, 2),
                run, done, ratio(done, run, 100, 1), leads, replied, ratio(replied, leads, 100, 1),
                medianMinutes(replySeconds), converted, ratio(converted, leads, 100, 1));
    }

    /** The median of sorted seconds, in minutes with one decimal; null when empty. */
    static BigDecimal medianMinutes(List<Long> sortedSeconds) {
        int n = sortedSeconds.size();
        if (n == 0) {
            return null;
        }
        long twiceMedian = n % 2 == 1 ? 2 * sortedSeconds.get(n / 2) : sortedSeconds.get(n / 2 - 1) + sortedSeconds.get(n / 2);
        return BigDecimal.valueOf(twiceMedian).divide(BigDecimal.valueOf(120), 1, RoundingMode.HALF_UP);
    }

    /** part x scale / whole, rounded half up; null when whole is 0. */
    static BigDecimal ratio(long part, long whole, int scale, int decimals) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(scale))
                .divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_UP);
    }
}
