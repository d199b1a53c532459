package com.verticallight.execution;

import com.verticallight.business.Money;
import com.verticallight.execution.BaselineSettings.BaselineView;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.tenant.TenantService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The minutes each task type would take by hand (the tenant's own figure where it set one, the documented default
 * otherwise) and what an hour of the tenant's time is worth. The package-level lookups run in the caller's session.
 */
@ApplicationScoped
public class Baselines {

    static final String TENANT = "TENANT";
    static final String DEFAULT = "DEFAULT";

    @Inject
    TenantService tenants;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TenantBaselineRepository tenantBaselines;

    @Inject
    TenantHourlyRateRepository tenantRates;

    /** Minutes per task type in force for the current tenant. */
    public Uni<Map<String, Integer>> minutesByTaskType() {
        return defaults()
                .chain(defaults -> tenantBaselines.listAll("taskType").map(overrides -> {
                    Map<String, Integer> minutes = new TreeMap<>();
                    defaults.forEach(d -> minutes.put(d.taskType, d.minutes));
                    overrides.forEach(o -> minutes.put(o.taskType, o.minutes));
                    return minutes;
                }));
    }

    /** The tenant's hourly rate, else the default for its currency; null when neither exists. */
    public Uni<HourlyRate> hourlyRate(String tenantCurrency) {
        return tenantRates.first(null, Map.of()).chain(own -> own != null
                ? Uni.createFrom().item(new HourlyRate(own.hourlyRateMinor, own.currency, TENANT))
                : Panache.getSession().chain(s -> s.find(HourlyRateDefault.class, tenantCurrency))
                        .map(d -> d == null ? null : new HourlyRate(d.hourlyRateMinor, d.currency, DEFAULT)));
    }

    /** The baselines and hourly rate in force for the current tenant, and where each came from. */
    @WithSession
    public Uni<BaselineSettings> settings() {
        return tenants.current().chain(tenant -> defaults()
                .chain(defaults -> tenantBaselines.listAll("taskType")
                        .chain(overrides -> hourlyRate(tenant.currency()).map(rate -> {
                            Map<String, Integer> own = new TreeMap<>();
                            overrides.forEach(o -> own.put(o.taskType, o.minutes));
                            List<BaselineView> views = defaults.stream()
                                    .sorted(Comparator.comparing((TaskBaseline d) -> d.taskType))
                                    .map(d -> new BaselineView(d.taskType, own.getOrDefault(d.taskType, d.minutes),
                                            d.minutes, d.description, own.containsKey(d.taskType) ? TENANT : DEFAULT))
                                    .toList();
                            return new BaselineSettings(rate == null ? null : new Money(rate.amountMinor(), rate.currency()),
                                    rate == null ? null : rate.source(), views);
                        }))));
    }

    /** Sets the tenant's own minutes for a known task type; later ledger entries carry it. */
    @WithTransaction
    public Uni<BaselineSettings> setMinutes(String taskType, int minutes) {
        return Panache.getSession().chain(s -> s.find(TaskBaseline.class, taskType))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Task type"))
                .chain(known -> tenantBaselines.first("taskType = :taskType", Map.of("taskType", taskType)))
                .chain(own -> {
                    if (own != null) {
                        own.minutes = minutes;
                        return tenantBaselines.flush(own);
                    }
                    TenantTaskBaseline created = new TenantTaskBaseline();
                    created.taskType = taskType;
                    created.minutes = minutes;
                    return tenantBaselines.add(created);
                })
                .chain(this::settings);
    }

    /** Sets what an hour of the tenant's time is worth. */
    @WithTransaction
    public Uni<BaselineSettings> setHourlyRate(Money rate) {
        return tenantRates.first(null, Map.of()).chain(own -> {
            if (own != null) {
                own.hourlyRateMinor = rate.amountMinor();
                own.currency = rate.currency();
                return tenantRates.flush(own);
            }
            TenantHourlyRate created = new TenantHourlyRate();
            created.hourlyRateMinor = rate.amountMinor();
            created.currency = rate.currency();
            return tenantRates.add(created);
        }).chain(this::settings);
    }

    private Uni<List<TaskBaseline>> defaults() {
        return Panache.getSession()
                .chain(s -> s.createSelectionQuery("from TaskBaseline", TaskBaseline.class).getResultList());
    }

    /** What a tenant's time and plan are worth: its plan's monthly price and the hourly rate in force. */
    public record Pricing(String plan, long monthlyPriceMinor, String currency, HourlyRate rate) {
    }

    /**
     * The current tenant's plan price and hourly rate (its own, else the default for its currency) in one read,
     * for the metrics that every dashboard call computes.
     */
    public Uni<Pricing> pricing() {
        String hql = "select p.code, p.monthlyPriceMinor, p.currency, r.hourlyRateMinor, r.currency, d.hourlyRateMinor,"
                + " d.currency from Tenant t join Plan p on p.code = t.plan"
                + " left join TenantHourlyRate r on r.tenantId = t.id"
                + " left join HourlyRateDefault d on d.currency = t.currency where t.id = :tenantId";
        return Panache.getSession().chain(s -> s.createSelectionQuery(hql, Object[].class)
                .setParameter("tenantId", currentTenant.id()).getSingleResultOrNull())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Tenant"))
                .map(r -> new Pricing(r[0].toString(), ((Number) r[1]).longValue(), (String) r[2],
                        r[3] != null ? new HourlyRate(((Number) r[3]).longValue(), (String) r[4], TENANT)
                        : r[5] != null ? new HourlyRate(((Number) r[5]).longValue(), (String) r[6], DEFAULT) : null));
    }

    /** An hourly rate and where it came from (TENANT or DEFAULT). */
    public record HourlyRate(long amountMinor, String currency, String source) {
    }
}
