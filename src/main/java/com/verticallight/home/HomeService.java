package com.verticallight.home;

import com.verticallight.business.BusinessService;
import com.verticallight.business.BusinessView;
import com.verticallight.execution.MetricsService;
import com.verticallight.execution.plan.DayPlanService;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The Home screen in one read: the businesses, today's plan of the chosen one, this week's metrics and the last
 * seven days, each step after the other on one session (a phone on 3G pays one round trip instead of eleven). The
 * week and the days come from one read of the ledger's daily rollups.
 */
@ApplicationScoped
public class HomeService {

    static final int RECENT_DAYS = 7;

    private final BusinessService businesses;
    private final DayPlanService days;
    private final MetricsService metrics;

    public HomeService(BusinessService businesses, DayPlanService days, MetricsService metrics) {
        this.businesses = businesses;
        this.days = days;
        this.metrics = metrics;
    }

    @WithSession
    public Uni<HomeView> home(UUID businessId, boolean withMetrics) {
        return businesses.list().chain(all -> {
            BusinessView shown = chosen(all, businessId);
            if (shown == null) {
                return Uni.createFrom().item(new HomeView(all, null, null, null, List.of()));
            }
            return days.plan(shown.id(), null).chain(plan -> !withMetrics
                    ? Uni.createFrom().item(new HomeView(all, shown.id(), plan, null, List.of()))
                    : metrics.weekAndLastDays(shown, RECENT_DAYS)
                            .map(figures -> new HomeView(all, shown.id(), plan, figures.week(),
                                    figures.days().stream().map(HomeView.DayFigures::of).toList())));
        });
    }

    /** The business asked for (404 when it is not the tenant's), else the first. */
    private static BusinessView chosen(List<BusinessView> all, UUID businessId) {
        if (businessId == null) {
            return all.isEmpty() ? null : all.get(0);
        }
        return all.stream().filter(b -> b.id().equals(businessId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Business"));
    }
}
