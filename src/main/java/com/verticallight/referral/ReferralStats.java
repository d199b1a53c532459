package com.verticallight.referral;

import com.verticallight.business.BusinessService;
import com.verticallight.execution.Period;
import com.verticallight.referral.ReferralViews.StatsView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** Referral figures of one business over a day, week or month in its time zone, counted from the rows. */
@ApplicationScoped
public class ReferralStats {

    @Inject
    BusinessService businesses;

    @Inject
    ReferralCodeRepository codes;

    @Inject
    SaleRepository sales;

    @Inject
    Clock clock;

    @WithSession
    public Uni<StatsView> forPeriod(UUID businessId, Period period, LocalDate date) {
        return businesses.get(businessId).chain(business -> {
            ZoneId zone = ZoneId.of(business.timeZone());
            LocalDate day = date == null ? LocalDate.now(clock.withZone(zone)) : date;
            LocalDate from = period.start(day);
            LocalDate to = period.end(day);
            Instant start = from.atStartOfDay(zone).toInstant();
            Instant end = to.atStartOfDay(zone).toInstant();
            return codes.countSent(businessId, start, end)
                    .chain(sent -> sales.count("businessId = :businessId and referralCodeId is not null"
                                    + " and occurredAt >= :from and occurredAt < :to",
                            java.util.Map.of("businessId", businessId, "from", start, "to", end))
                            .chain(used -> sales.codesUsed(businessId, start, end)
                                    .chain(distinct -> sales.referredRevenue(businessId, start, end)
                                            .map(revenue -> new StatsView(businessId, period, from, to, zone.getId(),
                                                    sent, used, distinct, revenue, rate(distinct, sent))))));
        });
    }

    static BigDecimal rate(long used, long sent) {
        return sent == 0 ? null : BigDecimal.valueOf(used).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(sent), 1, RoundingMode.HALF_UP);
    }
}
