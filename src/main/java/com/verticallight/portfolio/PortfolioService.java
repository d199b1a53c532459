package com.verticallight.portfolio;

import com.verticallight.business.BusinessService;
import com.verticallight.business.BusinessView;
import com.verticallight.execution.Metrics;
import com.verticallight.execution.MetricsService;
import com.verticallight.execution.Period;
import com.verticallight.execution.plan.DayPlan;
import com.verticallight.execution.plan.DayPlanRepository;
import com.verticallight.lead.LeadFigures;
import com.verticallight.review.Review;
import com.verticallight.review.ReviewRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every outlet of the current tenant side by side, and one outlet's figures for a report. */
@ApplicationScoped
public class PortfolioService {

    private static final List<DayPlan.Status> FINISHED = List.of(DayPlan.Status.DONE, DayPlan.Status.PARTIAL,
            DayPlan.Status.FAILED);

    @Inject
    BusinessService businesses;

    @Inject
    MetricsService metrics;

    @Inject
    ReviewRepository reviews;

    @Inject
    DayPlanRepository plans;

    @Inject
    LeadFigures leads;

    @WithSession
    public Uni<PortfolioView> portfolio(Period period, LocalDate date) {
        return businesses.list()
                .chain(all -> Multi.createFrom().iterable(all)
                        .onItem().transformToUniAndConcatenate(b -> outlet(b, period, date))
                        .collect().asList())
                .map(outlets -> new PortfolioView(period, date, outlets, PortfolioTotals.of(outlets), List.of()));
    }

    /** One outlet's figures; the caller opens the session. */
    public Uni<OutletFigures> outlet(BusinessView business, Period period, LocalDate date) {
        ZoneId zone = ZoneId.of(business.timeZone());
        return metrics.forPeriod(business.id(), period, date)
                .chain(m -> reviewsOf(business.id())
                        .chain(found -> planCounts(business.id(), m.from(), m.to())
                                .chain(counts -> leads.arrivedBetween(business.id(), m.from().atStartOfDay(zone).toInstant(),
                                        m.to().atStartOfDay(zone).toInstant())
                                        .map(leadCounts -> figures(business, m, found, counts, leadCounts)))));
    }

    /** How many reviews of the business have each number of stars (1 to 5). */
    public Uni<Map<Integer, Long>> reviewsByStars(UUID businessId) {
        return reviewsOf(businessId).map(found -> {
            Map<Integer, Long> byStars = new java.util.TreeMap<>();
            for (int stars = 1; stars <= 5; stars++) {
                byStars.put(stars, 0L);
            }
            found.forEach(r -> byStars.merge(r.stars, 1L, Long::sum));
            return byStars;
        });
    }

    private Uni<List<Review>> reviewsOf(UUID businessId) {
        return reviews.list("businessId = :b", Map.of("b", businessId), null);
    }

    private Uni<long[]> planCounts(UUID businessId, LocalDate from, LocalDate to) {
        Map<String, Object> window = Map.of("b", businessId, "from", from, "to", to, "finished", FINISHED);
        String where = "businessId = :b and planDate >= :from and planDate < :to and status in :finished";
        return plans.count(where, window).chain(run -> plans.count(where + " and status = :done",
                withDone(window)).map(done -> new long[] {run, done}));
    }

    private static Map<String, Object> withDone(Map<String, Object> window) {
        Map<String, Object> all = new java.util.HashMap<>(window);
        all.put("done", DayPlan.Status.DONE);
        return all;
    }

    private static OutletFigures figures(BusinessView business, Metrics m, List<Review> found, long[] plansRunDone,
            LeadFigures.Counts leads) {
        long stars = found.stream().mapToLong(r -> r.stars).sum();
        return new OutletFigures(business.id(), business.name(), business.city(), business.category().code(),
                m.figures().automationPercent(), m.figures().automatedTasks(), m.figures().manualTasks(),
                m.figures().hoursSaved(), found.size(), stars, PortfolioTotals.ratio(stars, found.size(), 1, 2),
                plansRunDone[0], plansRunDone[1], PortfolioTotals.ratio(plansRunDone[1], plansRunDone[0], 100, 1),
                leads.leads(), leads.replied(), PortfolioTotals.ratio(leads.replied(), leads.leads(), 100, 1),
                PortfolioTotals.medianMinutes(leads.firstReplySeconds()), leads.converted(),
                PortfolioTotals.ratio(leads.converted(), leads.leads(), 100, 1), leads.firstReplySeconds());
    }
}
