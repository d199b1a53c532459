package com.verticallight.business;

import com.verticallight.platform.validation.CountryCode;
import com.verticallight.platform.validation.E164;
import com.verticallight.platform.validation.LanguageTag;
import com.verticallight.platform.validation.TimeZoneId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A business (location) as created or replaced through the API. */
@Schema(name = "BusinessRequest")
public record BusinessRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull Category category,
        @Size(max = 300) String addressLine,
        @NotBlank @Size(max = 120) String city,
        @Size(max = 20) String postalCode,
        @NotNull @CountryCode String country,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") Double serviceRadiusKm,
        @Valid Money monthlyBudget,
        @LanguageTag String language,
        @TimeZoneId String timeZone,
        @E164 String phone,
        @Email @Size(max = 320) String email,
        @Size(max = 500) String website,
        @Valid ChannelAccounts channelAccounts,
        @Valid Performance performance,
        @Schema(description = "Opening periods per weekday; a missing or empty day is closed")
        Map<@NotNull DayOfWeek, @NotNull @Size(max = 4) List<@Valid @NotNull OpeningPeriod>> operatingHours,
        @Valid QuietHours quietHours) {

    @Schema(name = "ChannelAccounts")
    public record ChannelAccounts(
            @Size(max = 100) String googleBusinessLocationId,
            @Size(max = 100) String facebookPageId,
            @Size(max = 100) String instagramAccountId,
            @E164 String whatsappNumber) {
    }

    @Schema(name = "Performance", description = "Current figures the owner reports; money in minor units")
    public record Performance(
            @PositiveOrZero Long monthlyRevenueMinor,
            @PositiveOrZero Integer customerCount,
            @PositiveOrZero Long averageOrderValueMinor) {
    }
}
