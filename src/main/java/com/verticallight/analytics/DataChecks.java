package com.verticallight.analytics;

import com.verticallight.i18n.Text;
import com.verticallight.analytics.churn.Visit;
import com.verticallight.analytics.model.AnalyticsModel;
import com.verticallight.analytics.model.ModelKind;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.verticallight.content.FestivalCalendar;
import io.quarkus.hibernate.reactive.panache.Panache;
import java.util.UUID;

/**
 * Reads the data a model learns from (its business's or the tenant's, over its training window, up to yesterday on
 * the local calendar) and checks it is enough before a training is queued.
 */
@ApplicationScoped
public class DataChecks {

    private final TenantData data;
    private final Clock clock;
    private final FestivalCalendar calendar;

    public DataChecks(TenantData data, Clock clock, FestivalCalendar calendar) {
        this.data = data;
        this.clock = clock;
        this.calendar = calendar;
    }

    /**
     * The data of one model: a daily series (with the calendar's festival days from its window to 90 days after
     * today, day to festival key), or customers' visits; today is the local date.
     */
    public record Input(TenantData.Scope scope, String currency, LocalDate today, TenantData.Series series,
            List<Visit> visits, Map<LocalDate, String> festivals) {
    }

    public Uni<Void> requireBusiness(UUID businessId) {
        if (businessId == null) {
            return Uni.createFrom().voidItem();
        }
        return data.place(currentTenant(), businessId).invoke(row -> {
            if (row == null) {
                throw ProblemException.invalid("businessId", Text.of("field.noSuchBusiness"));
            }
        }).replaceWithVoid();
    }

    public Uni<Void> requireEnough(AnalyticsModel m) {
        return load(m).invoke(input -> {
            switch (m.kind) {
                case FORECAST -> Training.checkForecast(m.target, input.series());
                case CLASSIFICATION -> Training.checkChurn(input.visits(), input.today());
                case ANOMALY -> Training.anomaly(m.target, input.series());
                case REGRESSION -> CustomerTraining.checkSpend(input.visits(), input.today());
                case CLUSTERING -> CustomerTraining.checkSegments(input.visits(), input.today());
            }
        }).replaceWithVoid();
    }

    public Uni<Input> load(AnalyticsModel m) {
        return scope(m.tenantId, m.businessId).chain(place -> {
            LocalDate today = place.today();
            LocalDate from = today.minusDays(m.trainingWindowDays);
            if (m.kind.learnsFromCustomers()) {
                return data.visits(place.scope(), from, today.minusDays(1))
                        .map(visits -> new Input(place.scope(), place.currency(), today, null, visits, Map.of()));
            }
            Uni<Map<LocalDate, String>> festivals = m.kind == ModelKind.FORECAST
                    ? festivals(place.country(), from, today.plusDays(PredictionService.MAX_HORIZON_DAYS))
                    : Uni.createFrom().item(Map.of());
            return festivals.chain(days -> data.series(place.scope(), m.target, from, today.minusDays(1))
                    .map(series -> new Input(place.scope(), place.currency(), today, series, null, days)));
        });
    }

    /** The festival days of the product's calendar for the country (day to festival key). */
    private Uni<Map<LocalDate, String>> festivals(String country, LocalDate from, LocalDate to) {
        return Panache.withSession(() -> calendar.between(country, from, to)).map(all -> {
            Map<LocalDate, String> days = new HashMap<>();
            all.forEach(f -> days.putIfAbsent(f.date(), f.key()));
            return days;
        });
    }

    /** Where and when: the scope of the data, its currency, country and today's local date. */
    public record Place(TenantData.Scope scope, String currency, LocalDate today, String country) {

        public Place(TenantData.Scope scope, String currency, LocalDate today) {
            this(scope, currency, today, "IN");
        }
    }

    public Uni<Place> scope(UUID tenantId, UUID businessId) {
        return data.place(tenantId, businessId).map(row -> {
            if (row == null) {
                throw ProblemException.notFound("Business");
            }
            String zone = row.getString("time_zone");
            return new Place(new TenantData.Scope(tenantId, businessId, zone), row.getString("currency"),
                    LocalDate.now(clock.withZone(ZoneId.of(zone))), row.getString("country"));
        });
    }

    @jakarta.inject.Inject
    com.verticallight.platform.tenancy.CurrentTenant tenant;

    private UUID currentTenant() {
        return tenant.id();
    }
}
