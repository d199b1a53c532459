package com.verticallight.business;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Business", example = """
        {"id": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "name": "Glow Salon", "category": "salon",
         "addressLine": "12 Park Street", "city": "Kolkata", "postalCode": "700016", "country": "IN",
         "latitude": 22.5526, "longitude": 88.3527, "serviceRadiusKm": 5.0,
         "monthlyBudget": {"amountMinor": 500000, "currency": "INR"}, "language": "en", "timeZone": "Asia/Kolkata",
         "phone": "+913322334455", "email": "hello@glowsalon.in", "website": "https://glowsalon.in",
         "channelAccounts": {"googleBusinessLocationId": "locations/1234567890", "facebookPageId": "102938475610",
                             "instagramAccountId": "17841400000000000", "whatsappNumber": "+919830012345"},
         "performance": {"monthlyRevenueMinor": 45000000, "customerCount": 380, "averageOrderValueMinor": 120000},
         "operatingHours": {"MONDAY": [{"opens": "10:00", "closes": "20:00"}], "TUESDAY": [],
                            "WEDNESDAY": [{"opens": "10:00", "closes": "14:00"}, {"opens": "16:00", "closes": "20:00"}]},
         "categoryConfig": {"automationPriorities": ["appointment_reminders", "instagram_content"],
                            "contentThemes": ["before_after", "styling_tips"],
                            "postingWindows": [{"name": "morning", "start": "09:00", "end": "11:00"},
                                               {"name": "evening", "start": "17:00", "end": "19:00"}]},
         "quietHours": {"start": "21:00", "end": "09:00"},
         "createdAt": "2026-11-01T06:30:00Z", "updatedAt": "2026-12-01T09:12:44Z", "leadFormKey": "lf_3kq9x2m7"}
        """)
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
