package com.verticallight.portfolio;

import com.verticallight.execution.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Portfolio")
public record PortfolioView(
        Period period,
        @Schema(description = "A day in the period; each outlet's period is taken in its own time zone") LocalDate date,
        List<OutletFigures> outlets,
        Totals totals,
        @Schema(description = "Figures the product does not hold yet") List<String> notAvailable) {

    @Schema(name = "PortfolioTotals")
    public record Totals(int outlets, BigDecimal automationPercent, long automatedTasks, long manualTasks,
            BigDecimal hoursSaved, long reviewCount, BigDecimal averageRating, long plansRun, long plansDone,
            BigDecimal planSuccessPercent, long leads, long leadsReplied, BigDecimal firstReplyPercent,
            @Schema(description = "Median over every replied lead of every outlet (not a median of medians)") BigDecimal medianFirstReplyMinutes,
            long leadsConverted, BigDecimal convertedPercent) {
    }
}
