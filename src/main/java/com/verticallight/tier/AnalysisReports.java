package com.verticallight.tier;

import com.verticallight.budget.BudgetService;
import com.verticallight.budget.BudgetViews.PlanView;
import com.verticallight.business.BusinessService;
import com.verticallight.business.BusinessView;
import com.verticallight.execution.MetricsService;
import com.verticallight.execution.Period;
import com.verticallight.portfolio.OutletFigures;
import com.verticallight.portfolio.PortfolioService;
import com.verticallight.portfolio.PortfolioView;
import com.verticallight.tenant.Tier;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Builds the analysis reports of this month (in the business's time zone) from what the product holds. */
@ApplicationScoped
public class AnalysisReports {

    @Inject
    BusinessService businesses;

    @Inject
    PortfolioService portfolio;

    @Inject
    MetricsService metrics;

    @Inject
    BudgetService budgets;

    @WithSession
    public Uni<AnalysisReport> shortReport(UUID businessId, Tier tier) {
        return businesses.get(businessId).chain(business -> portfolio.outlet(business, Period.MONTH, null)
                .chain(month -> budgets.plan(businessId).map(plan -> new AnalysisReport(business.id(), business.name(),
                        tier, "SHORT", month, headline(plan), nextFree(plan), null, null, null, null, null, null))));
    }

    @WithSession
    public Uni<AnalysisReport> comprehensive(UUID businessId, Tier tier) {
        return businesses.get(businessId).chain(business -> portfolio.outlet(business, Period.MONTH, null)
                .chain(month -> budgets.plan(businessId).chain(plan -> details(business, month, plan, tier))));
    }

    private Uni<AnalysisReport> details(BusinessView business, OutletFigures month, PlanView plan, Tier tier) {
        UUID id = business.id();
        return metrics.forPeriod(id, Period.MONTH, null)
                .chain(m -> portfolio.reviewsByStars(id)
                        .chain(stars -> budgets.curves(id)
                                .chain(curves -> portfolio.portfolio(Period.MONTH, null)
                                        .map(all -> new AnalysisReport(id, business.name(), tier, "COMPREHENSIVE",
                                                month, headline(plan), nextFree(plan), m, stars, plan, curves.curves(),
                                                all.totals(), rank(all.outlets(), business))))));
    }

    private static AnalysisReport.BudgetHeadline headline(PlanView plan) {
        return new AnalysisReport.BudgetHeadline(plan.strategy(), plan.allocated().amountMinor(),
                plan.budget().amountMinor(), plan.budget().currency(), plan.expectedWeightedResults());
    }

    private static List<String> nextFree(PlanView plan) {
        return plan.freeActions().stream().limit(3).map(a -> a.title()).toList();
    }

    /** 1 + the number of outlets with a strictly higher automation %; null when this one has none. */
    private static Integer rank(List<OutletFigures> outlets, BusinessView business) {
        BigDecimal own = outlets.stream().filter(o -> o.businessId().equals(business.id())).findFirst()
                .map(OutletFigures::automationPercent).orElse(null);
        if (own == null) {
            return null;
        }
        return 1 + (int) outlets.stream().map(OutletFigures::automationPercent)
                .filter(p -> p != null && p.compareTo(own) > 0).count();
    }
}
