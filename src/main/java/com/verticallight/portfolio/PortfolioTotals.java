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
        return new PortfolioView.Totals(outlets.size(), ratio(automated, automated + manual, 100, 1), automated, manual,
                hours, reviews, ratio(stars, reviews, 1, 2),
                run, done, ratio(done, run, 100, 1));
    }

    /** part x scale / whole, rounded half up; null when whole is 0. */
    static BigDecimal ratio(long part, long whole, int scale, int decimals) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(scale))
                .divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_UP);
    }
}
