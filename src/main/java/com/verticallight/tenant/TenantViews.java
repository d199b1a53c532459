package com.verticallight.tenant;

import com.verticallight.platform.validation.CurrencyCode;
import com.verticallight.platform.validation.LanguageTag;
import com.verticallight.platform.validation.TimeZoneId;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the tenant API speaks. */
public final class TenantViews {

    private TenantViews() {
    }

    @Schema(name = "Tenant")
    public record TenantView(UUID id, String name, Tier tier, PlanCode plan, String locale, String currency,
            String timeZone, Instant createdAt) {

        static TenantView of(Tenant t) {
            return new TenantView(t.id, t.name, t.tier, t.plan, t.locale, t.currency, t.timeZone, t.createdAt);
        }
    }

    @Schema(name = "TenantUpdate", description = "Fields to change; absent fields stay as they are")
    public record TenantUpdate(
            @Size(min = 1, max = 200) String name,
            @LanguageTag String locale,
            @CurrencyCode String currency,
            @TimeZoneId String timeZone) {
    }

    @Schema(name = "Plan")
    public record PlanView(PlanCode code, Tier tier, long monthlyPriceMinor, String currency, int maxLocations,
            int maxTeamMembers, int maxApiKeys, int maxWorkflows, int maxAiModels, int maxPredictionsPerDay,
            int maxApiRequestsPerHour, int dataRetentionDays,
            @Schema(description = "Razorpay's period: monthly, yearly...", example = "monthly") String billingPeriod,
            @Schema(description = "Periods between charges", example = "1") int billingInterval) {

        public static PlanView of(Plan p) {
            return new PlanView(p.code, p.tier, p.monthlyPriceMinor, p.currency, p.maxLocations, p.maxTeamMembers,
                    p.maxApiKeys, p.maxWorkflows, p.maxAiModels, p.maxPredictionsPerDay, p.maxApiRequestsPerHour,
                    p.dataRetentionDays, p.billingPeriod, p.billingInterval);
        }
    }

    @Schema(name = "LimitUsage", description = "One plan limit; used is absent for limits nothing counts yet")
    public record LimitUsage(String limit, long allowed, Long used) {
    }

    @Schema(name = "PlanUsage")
    public record PlanUsage(PlanView plan, List<LimitUsage> limits) {
    }
}
