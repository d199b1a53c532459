package com.verticallight.analytics;

import com.verticallight.i18n.Text;
import com.verticallight.analytics.AnalyticsViews.ServiceDemandView;
import com.verticallight.analytics.demand.ServiceDemand;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Service demand per service, weekday and hour of a business, for staffing, from its kept appointments (not
 * cancelled), on the business's local calendar; 409 when fewer weeks are held than the method needs.
 */
@ApplicationScoped
public class ServiceDemandService {

    private final DataChecks checks;
    private final TenantData data;
    private final CurrentTenant tenant;

    public ServiceDemandService(DataChecks checks, TenantData data, CurrentTenant tenant) {
        this.checks = checks;
        this.data = data;
        this.tenant = tenant;
    }

    public Uni<ServiceDemandView> demand(UUID businessId, int weeks) {
        return checks.scope(tenant.id(), businessId).chain(place -> { // another tenant's business: 404
            LocalDate from = place.today().minusWeeks(weeks + 1L);
            return data.bookings(place.scope(), from, place.today()).map(bookings -> {
                LocalDate first = bookings.stream().map(b -> b.start().toLocalDate()).min(LocalDate::compareTo)
                        .orElse(null);
                if (first == null || first.isAfter(from.plusDays(6))) {
                    throw new NotEnoughData(Text.of("analytics.serviceDemandWeeks", Map.of("weeks", weeks,
                            "needed", weeks + 1, "from", from.toString(), "first", first == null ? "none"
                                    : first.toString())));
                }
                ServiceDemand.Result result = ServiceDemand.of(bookings, place.today(), weeks);
                return new ServiceDemandView(businessId, weeks, place.today().minusWeeks(weeks),
                        place.today().minusDays(1), place.scope().timeZone(), result.services(), result.holdout());
            });
        });
    }
}
