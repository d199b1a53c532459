package com.verticallight.execution;

import com.verticallight.business.BusinessService;
import com.verticallight.business.Money;
import com.verticallight.i18n.ReaderLanguage;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.tenant.TenantService;
import com.verticallight.tenant.TenantViews.PlanView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Automation %, hours saved, value of time saved and ROI of one business over a period, from the ledger. */
@ApplicationScoped
public class MetricsService {

    @Inject
    LedgerRepository ledger;

    @Inject
    Baselines baselines;

    @Inject
    BusinessService businesses;

    @Inject
    TenantService tenants;

    @Inject
    Clock clock;

    @Inject
    ReaderLanguage reader;

    /** The period containing the date (today in the business's time zone when null). */
    @WithSession
    public Uni<Metrics> forPeriod(UUID businessId, Period period, LocalDate date) {
        return businesses.get(businessId).chain(business -> {
            ZoneId zone = ZoneId.of(business.timeZone());
            LocalDate day = date == null ? LocalDate.now(clock.withZone(zone)) : date;
            return pricing().chain(pricing -> reader.current()
                    .chain(locale -> tallied(business.id(), period, day, zone, pricing, locale)));
        });
    }

    /** Each of the last days (today included, oldest first) as its own DAY period, with one look-up of the prices. */
    @WithSession
    public Uni<List<Metrics>> lastDays(UUID businessId, int days) {
        return businesses.get(businessId).chain(business -> {
            ZoneId zone = ZoneId.of(business.timeZone());
            LocalDate today = LocalDate.now(clock.withZone(zone));
            return pricing().chain(pricing -> reader.current().chain(locale -> Multi.createFrom().range(0, days)
                    .onItem().transformToUniAndConcatenate(i -> tallied(business.id(), Period.DAY,
                            today.minusDays(days - 1L - i), zone, pricing, locale))
                    .collect().asList()));
        });
    }

    private record Pricing(PlanView plan, Baselines.HourlyRate rate) {
    }

    private Uni<Pricing> pricing() {
        return tenants.current().chain(tenant -> tenants.plans().map(plans -> plans.stream()
                        .filter(p -> p.code() == tenant.plan()).findFirst()
                        .orElseThrow(() -> ProblemException.notFound("Plan")))
                .chain(plan -> baselines.hourlyRate(tenant.currency()).map(rate -> new Pricing(plan, rate))));
    }

    private Uni<Metrics> tallied(UUID businessId, Period period, LocalDate day, ZoneId zone, Pricing pricing,
            Locale locale) {
        LocalDate from = period.start(day);
        LocalDate to = period.end(day);
        Instant windowStart = from.atStartOfDay(zone).toInstant();
        Instant windowEnd = to.atStartOfDay(zone).toInstant();
        return ledger.tally(businessId, windowStart, windowEnd).map(tallies -> metrics(businessId, period, from, to,
                zone, windowStart, windowEnd, pricing.plan(), pricing.rate(), tallies, locale));
    }

    private static Metrics metrics(UUID businessId, Period period, LocalDate from, LocalDate to, ZoneId zone,
            Instant windowStart, Instant windowEnd, PlanView plan, Baselines.HourlyRate rate, List<LedgerTally> tallies,
            Locale locale) {
        Metrics.Figures figures = MetricsFormula.figures(tallies, rate, plan.monthlyPriceMinor(), plan.currency(),
                from, to, locale);
        Metrics.Inputs inputs = new Metrics.Inputs(MetricsFormula.perTaskType(tallies),
                rate == null ? null : new Money(rate.amountMinor(), rate.currency()),
                rate == null ? null : rate.source(),
                new Money(plan.monthlyPriceMinor(), plan.currency()), plan.code().name());
        return new Metrics(businessId, period, from, to, zone.getId(), windowStart, windowEnd, figures, inputs);
    }
}
