package com.verticallight.analytics;

import com.verticallight.i18n.Text;
import com.verticallight.analytics.AnalyticsViews.CustomerAtRisk;
import com.verticallight.analytics.AnalyticsViews.CustomersAtRiskView;
import com.verticallight.analytics.AnalyticsViews.ForecastPoint;
import com.verticallight.analytics.AnalyticsViews.ForecastView;
import com.verticallight.analytics.AnalyticsViews.RiskReason;
import com.verticallight.analytics.churn.ChurnFeatures;
import com.verticallight.analytics.churn.ChurnModel;
import com.verticallight.analytics.forecast.ForecastState;
import com.verticallight.analytics.forecast.HoltWinters;
import com.verticallight.analytics.model.AnalyticsModel;
import com.verticallight.analytics.model.ModelKind;
import com.verticallight.analytics.model.ModelStatus;
import com.verticallight.analytics.model.Repositories.Models;
import com.verticallight.analytics.model.Repositories.Versions;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the owner looks at: a deployed forecast with its interval beside the actuals, and customers at risk. */
@ApplicationScoped
public class InsightService {

    static final int ACTUAL_DAYS = 28;

    private final Models models;
    private final Versions versions;
    private final DeployedModels deployed;
    private final DataChecks checks;
    private final TenantData data;

    public InsightService(Models models, Versions versions, DeployedModels deployed, DataChecks checks,
            TenantData data) {
        this.models = models;
        this.versions = versions;
        this.deployed = deployed;
        this.checks = checks;
        this.data = data;
    }

    private Uni<AnalyticsModel> deployedOfKind(UUID id, ModelKind kind) {
        return models.getById(id, "Model").invoke(m -> {
            if (m.kind != kind) {
                throw ProblemException.conflict(Text.of("analytics.modelOfOtherKind", Map.of("kind", m.kind.name(), "wanted", kind.name())));
            }
            if (m.status != ModelStatus.DEPLOYED) {
                throw ProblemException.conflict(Text.of("analytics.deployFirst", Map.of("status", m.status.name())));
            }
        });
    }

    /** The last 28 days' actuals and the forecast from tomorrow for {@code days} days (95% intervals). */
    @WithSession
    public Uni<ForecastView> forecast(UUID id, int days) {
        return forecast(id, days, false);
    }

    /**
     * A deployed forecast by day, or by week ({@code weekly}): whole 7-day blocks from the first forecast day (so 90
     * days give 12 weeks), each the sum of its days with the sum of their 95% bounds as its band (wider than the
     * 95% interval of the sum: conservative); the 28 days of actuals become 4 weeks the same way.
     */
    @WithSession
    public Uni<ForecastView> forecast(UUID id, int days, boolean weekly) {
        return daily(id, days).map(view -> !weekly ? view : new ForecastView(view.modelId(), view.version(),
                view.target(), view.unit(), view.currency(), view.lastTrainedDay(), weeks(view.actuals()),
                weeks(view.forecast()), view.holdoutMetrics()));
    }

    static List<ForecastPoint> weeks(List<ForecastPoint> days) {
        List<ForecastPoint> weeks = new ArrayList<>();
        for (int i = 0; i + 7 <= days.size(); i += 7) {
            double value = 0;
            Double lower = 0.0;
            Double upper = 0.0;
            for (ForecastPoint p : days.subList(i, i + 7)) {
                value += p.value();
                lower = lower == null || p.lower() == null ? null : lower + p.lower();
                upper = upper == null || p.upper() == null ? null : upper + p.upper();
            }
            weeks.add(new ForecastPoint(days.get(i).date(), value, lower, upper));
        }
        return weeks;
    }

    private Uni<ForecastView> daily(UUID id, int days) {
        return deployedOfKind(id, ModelKind.FORECAST).chain(m -> deployed.of(m).chain(loaded -> versions.first(
                "modelId = :id and number = :n", Map.of("id", m.id, "n", m.deployedVersion)).chain(version ->
                checks.scope(m.tenantId, m.businessId).chain(place -> data.series(place.scope(), m.target,
                        place.today().minusDays(ACTUAL_DAYS), place.today().minusDays(1)).map(series -> {
                            ForecastState state = (ForecastState) loaded.state();
                            LocalDate start = place.today().minusDays(ACTUAL_DAYS);
                            List<ForecastPoint> actuals = new ArrayList<>();
                            for (LocalDate d = start; d.isBefore(place.today()); d = d.plusDays(1)) {
                                int i = (int) java.time.temporal.ChronoUnit.DAYS.between(series.first(), d);
                                actuals.add(new ForecastPoint(d, i >= 0 && i < series.days() ? series.values()[i] : 0,
                                        null, null));
                            }
                            List<ForecastPoint> forecast = new ArrayList<>();
                            LocalDate first = state.lastDay().plusDays(1).isAfter(place.today())
                                    ? state.lastDay().plusDays(1) : place.today();
                            LocalDate last = state.lastDay().plusDays(PredictionService.MAX_HORIZON_DAYS);
                            for (LocalDate d = first; !d.isAfter(last) && forecast.size() < days; d = d.plusDays(1)) {
                                HoltWinters.Point p = state.on(d);
                                forecast.add(new ForecastPoint(d, p.value(), p.lower(), p.upper()));
                            }
                            return new ForecastView(m.id, m.deployedVersion, m.target,
                                    m.target.equals("REVENUE") ? "minor" : "count", place.currency(), state.lastDay(),
                                    actuals, forecast, Views.map(version.metrics));
                        })))));
    }

    /** Customers of the last year whose churn probability reaches {@code minProbability}, most value at risk first. */
    @WithSession
    public Uni<CustomersAtRiskView> atRisk(UUID id, double minProbability, int limit) {
        return deployedOfKind(id, ModelKind.CLASSIFICATION).chain(m -> deployed.of(m).chain(loaded ->
                checks.scope(m.tenantId, m.businessId).chain(place -> data.visits(place.scope(),
                        place.today().minusDays(366), place.today().minusDays(1)).chain(visits -> {
                            ChurnModel model = (ChurnModel) loaded.state();
                            var rows = ChurnFeatures.rows(ChurnFeatures.byCustomer(visits), place.today());
                            record Scored(ChurnFeatures.Row row, double p) {
                            }
                            List<Scored> risky = rows.stream().map(r -> new Scored(r, model.probability(r.values())))
                                    .filter(s -> s.p() >= minProbability)
                                    .sorted(Comparator.comparingDouble((Scored s) -> s.p() * s.row().spend365Minor())
                                            .reversed())
                                    .toList();
                            long total = risky.stream().mapToLong(s -> s.row().spend365Minor() / 12).sum();
                            List<Scored> shown = risky.subList(0, Math.min(limit, risky.size()));
                            return data.contacts(m.tenantId, shown.stream().map(s -> s.row().contactId()).toList())
                                    .map(names -> new CustomersAtRiskView(m.id, m.deployedVersion, rows.size(),
                                            risky.size(), total, place.currency(), shown.stream().map(s -> {
                                                String[] contact = names.getOrDefault(s.row().contactId(),
                                                        new String[2]);
                                                return new CustomerAtRisk(s.row().contactId(), contact[0], contact[1],
                                                        s.p(), s.row().spend365Minor() / 12, place.currency(),
                                                        s.row().lastVisit(), model.reasons(s.row().values(), 3).stream()
                                                                .map(r -> new RiskReason(r.feature(), r.value()))
                                                                .toList());
                                            }).toList()));
                        }))));
    }
}
