package com.verticallight.tenant;

import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.tenant.TenantViews.LimitUsage;
import com.verticallight.tenant.TenantViews.PlanUsage;
import com.verticallight.tenant.TenantViews.PlanView;
import com.verticallight.tenant.TenantViews.TenantUpdate;
import com.verticallight.tenant.TenantViews.TenantView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class TenantService {

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Instance<UsageCounter> counters;

    @Inject
    RequestRateLimiter rateLimiter;

    @Inject
    Clock clock;

    /** A new tenant on the given plan; its tier follows from the plan. Call inside a transaction. */
    public Uni<Tenant> create(String name, PlanCode planCode, String locale, String currency, String timeZone) {
        return Panache.getSession().chain(session -> session.find(Plan.class, planCode).chain(plan -> {
            Tenant tenant = new Tenant();
            tenant.id = UUID.randomUUID();
            tenant.name = name;
            tenant.plan = planCode;
            tenant.tier = plan.tier;
            tenant.locale = locale == null ? "en-IN" : locale;
            tenant.currency = currency == null ? "INR" : currency;
            tenant.timeZone = timeZone == null ? "Asia/Kolkata" : timeZone;
            tenant.createdAt = clock.instant();
            return session.persist(tenant).chain(session::flush).replaceWith(tenant);
        }));
    }

    @WithSession
    public Uni<TenantView> current() {
        return currentEntity().map(TenantView::of);
    }

    @WithTransaction
    public Uni<TenantView> update(TenantUpdate update) {
        return currentEntity().map(tenant -> {
            if (update.name() != null) {
                tenant.name = update.name();
            }
            if (update.locale() != null) {
                tenant.locale = update.locale();
            }
            if (update.currency() != null) {
                tenant.currency = update.currency();
            }
            if (update.timeZone() != null) {
                tenant.timeZone = update.timeZone();
            }
            return TenantView.of(tenant);
        });
    }

    @WithSession
    public Uni<List<PlanView>> plans() {
        return Panache.getSession()
                .chain(s -> s.createSelectionQuery("from Plan order by monthlyPriceMinor, code desc", Plan.class).getResultList())
                .map(plans -> plans.stream().map(PlanView::of).toList());
    }

    @WithSession
    public Uni<PlanUsage> usage() {
        return currentEntity()
                .chain(tenant -> Panache.getSession().chain(s -> s.find(Plan.class, tenant.plan)))
                .chain(plan -> countedUsage().chain(used -> rateLimiter.requestsThisHour(currentTenant.id())
                        .map(requests -> {
                            List<LimitUsage> limits = Arrays.stream(Limit.values())
                                    .map(limit -> new LimitUsage(limit.apiName(), plan.allowed(limit),
                                            limit == Limit.API_REQUESTS_PER_HOUR ? Long.valueOf(requests)
                                                    : used.get(limit)))
                                    .toList();
                            return new PlanUsage(PlanView.of(plan), limits);
                        })));
    }

    /** One counter after the other: they share this request's session. */
    private Uni<Map<Limit, Long>> countedUsage() {
        return Multi.createFrom().iterable(counters)
                .onItem().transformToUniAndConcatenate(counter -> counter.currentUsage()
                        .map(count -> Map.entry(counter.limit(), count)))
                .collect().asList()
                .map(entries -> entries.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    private Uni<Tenant> currentEntity() {
        return Panache.getSession().chain(s -> s.find(Tenant.class, currentTenant.id()))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Tenant"));
    }

}
