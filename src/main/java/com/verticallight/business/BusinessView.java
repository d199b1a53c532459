package com.verticallight.business;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Business")
public record BusinessView(
        UUID id,
        String name,
        Category category,
        String addressLine,
        String city,
        String postalCode,
        String country,
        double latitude,
        double longitude,
        double serviceRadiusKm,
        Money monthlyBudget,
        String language,
        String timeZone,
        String phone,
        String email,
        String website,
        BusinessRequest.ChannelAccounts channelAccounts,
        BusinessRequest.Performance performance,
        Map<DayOfWeek, List<OpeningPeriod>> operatingHours,
        CategoryConfig categoryConfig,
        @Schema(description = "Null when not set: 21:00 to 09:00 applies") QuietHours quietHours,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "POST leads here from the business's website: /public/lead-forms/{leadFormKey}")
        String leadFormKey) {

    static BusinessView of(Business b) {
        return new BusinessView(b.id, b.name, b.category, b.addressLine, b.city, b.postalCode, b.country,
                b.latitude, b.longitude, b.serviceRadiusKm, new Money(b.monthlyBudgetMinor, b.budgetCurrency),
                b.language, b.timeZone, b.phone, b.email, b.website,
                new BusinessRequest.ChannelAccounts(b.googleBusinessLocationId, b.facebookPageId,
                        b.instagramAccountId, b.whatsappNumber),
                new BusinessRequest.Performance(b.monthlyRevenueMinor, b.customerCount, b.averageOrderValueMinor),
                b.operatingHours, b.categoryConfig,
                QuietHours.of(b.quietHoursStart, b.quietHoursEnd), b.createdAt, b.updatedAt,
                b.leadFormKey);
    }
}
