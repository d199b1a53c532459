package com.verticallight.execution;

import com.verticallight.business.BusinessService;
import com.verticallight.business.BusinessView;
import com.verticallight.business.Money;
import com.verticallight.execution.LedgerRepository.DayTally;
import com.verticallight.i18n.ReaderLanguage;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
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
import java.util.stream.IntStream;

/**
 * Automation %, hours saved, value of time saved and ROI of one business over a period, from the ledger's daily
 * rollups (ledger_day, kept by the database in the transaction that writes the ledger).
 */
@ApplicationScoped
public class MetricsService {

    @Inject
    LedgerRepository ledger;

    @Inject
    ReaderLanguage reader;

    @Inject
    Baselines baselines;

    @Inject
    BusinessService businesses;

    @Inject
    Clock clock;

    /** The period containing the date (today in the business's time zone when null). */
    @WithSession
    public Uni<Metrics> forPeriod(UUID businessId, Period period, LocalDate date) {
        return businesses.get(businessId).chain(business -> {
            ZoneId zone = ZoneId.of(business.timeZone());
            LocalDate day = date == null ? LocalDate.now(clock.withZone(zone)) : date;
            return pricing().chain(pricing -> reader.current().chain(locale -> ledger.days(business.id(),
                    period.start(day), period.end(day))
                    .map(days -> metrics(business.id(), period, day, zone, pricing, days, locale))));
        });
    }

    /** Each of the last days (today included, oldest first) as its own DAY period, from one read of the rollups. */
    @WithSession
    public Uni<List<Metrics>> lastDays(UUID businessId, int days) {
        return businesses.get(businessId).chain(business -> {
            ZoneId zone = ZoneId.of(business.timeZone());
            LocalDate today = LocalDate.now(clock.withZone(zone));
            return pricing().chain(pricing -> reader.current().chain(locale -> ledger.days(business.id(),
                    today.minusDays(days - 1L), today.plusDays(1))
                    .map(rows -> eachDay(business.id(), today, days, zone, pricing, rows, locale))));
        });
    }

    /** This week's metrics and each of the last days of a business already read, from one read of the rollups. */
    @WithSession
    public Uni<WeekAndDays> weekAndLastDays(BusinessView business, int days) {
        ZoneId zone = ZoneId.of(business.timeZone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate weekStart = Period.WEEK.start(today);
        LocalDate first = weekStart.isBefore(today.minusDays(days - 1L)) ? weekStart : today.minusDays(days - 1L);
        return pricing().chain(pricing -> reader.current().chain(locale -> ledger.days(business.id(), first,
                Period.WEEK.end(today)).map(rows -> new WeekAndDays(
                        metrics(business.id(), Period.WEEK, today, zone, pricing, rows, locale),
                        eachDay(business.id(), today, days, zone, pricing, rows, locale)))));
    }

    /** A week's metrics and its business's last days, one entry a day, oldest first. */
    public record WeekAndDays(Metrics week, List<Metrics> days) {
    }

    private static List<Metrics> eachDay(UUID businessId, LocalDate today, int days, ZoneId zone, Baselines.Pricing pricing,
            List<DayTally> rows, Locale locale) {
        return IntStream.range(0, days).mapToObj(i -> metrics(businessId, Period.DAY, today.minusDays(days - 1L - i),
                zone, pricing, rows, locale)).toList();
    }

    private Uni<Baselines.Pricing> pricing() {
        return baselines.pricing();
    }

    /** The metrics of the period containing the day, from the rollup rows that fall in it. */
    private static Metrics metrics(UUID businessId, Period period, LocalDate day, ZoneId zone, Baselines.Pricing pricing,
            List<DayTally> rows, Locale locale) {
        LocalDate from = period.start(day);
        LocalDate to = period.end(day);
        List<LedgerTally> tallies = LedgerTally.merged(rows.stream()
                .filter(r -> !r.day().isBefore(from) && r.day().isBefore(to)).map(DayTally::tally).toList());
        return metrics(businessId, period, from, to, zone, from.atStartOfDay(zone).toInstant(),
                to.atStartOfDay(zone).toInstant(), pricing, tallies, locale);
    }

    private static Metrics metrics(UUID businessId, Period period, LocalDate from, LocalDate to, ZoneId zone,
            Instant windowStart, Instant windowEnd, Baselines.Pricing pricing, List<LedgerTally> tallies,
            Locale locale) {
        Baselines.HourlyRate rate = pricing.rate();
        Metrics.Figures figures = MetricsFormula.figures(tallies, rate, pricing.monthlyPriceMinor(), pricing.currency(),
                from, to, locale);
        Metrics.Inputs inputs = new Metrics.Inputs(MetricsFormula.perTaskType(tallies),
                rate == null ? null : new Money(rate.amountMinor(), rate.currency()),
                rate == null ? null : rate.source(),
                new Money(pricing.monthlyPriceMinor(), pricing.currency()), pricing.plan());
        return new Metrics(businessId, period, from, to, zone.getId(), windowStart, windowEnd, figures, inputs);
    }
}
