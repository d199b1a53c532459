package com.verticallight.execution;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;

/**
 * The minutes each task type would take by hand (the tenant's own figure where it set one, the documented default
 * otherwise) and what an hour of the tenant's time is worth. Callers open the session.
 */
@ApplicationScoped
public class Baselines {

    @Inject
    TenantBaselineRepository tenantBaselines;

    @Inject
    TenantHourlyRateRepository tenantRates;

    /** Minutes per task type in force for the current tenant. */
    public Uni<Map<String, Integer>> minutesByTaskType() {
        return Panache.getSession()
                .chain(s -> s.createSelectionQuery("from TaskBaseline", TaskBaseline.class).getResultList())
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
                ? Uni.createFrom().item(new HourlyRate(own.hourlyRateMinor, own.currency, "TENANT"))
                : Panache.getSession().chain(s -> s.find(HourlyRateDefault.class, tenantCurrency))
                        .map(d -> d == null ? null : new HourlyRate(d.hourlyRateMinor, d.currency, "DEFAULT")));
    }

    /** An hourly rate and where it came from (TENANT or DEFAULT). */
    public record HourlyRate(long amountMinor, String currency, String source) {
    }
}
