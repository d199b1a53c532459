package com.verticallight.intelligence.competitor;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One competitor as a Places result or an import row. Optional figures left out are "unknown", not zero.
 *
 * @param externalId the source's id; for imports without one, derived from the name and position
 * @param hasWebsite true/false when known; null when the source does not say
 * @param closesAt   the latest closing time of its week, "HH:mm", when known
 */
public record CompetitorInput(
        @Size(max = 300) String externalId,
        @NotBlank @Size(max = 300) String name,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @DecimalMin("0") @DecimalMax("5") Double rating,
        @Min(0) Integer reviewCount,
        @Min(0) @Max(4) Integer priceLevel,
        Boolean hasWebsite,
        @Size(max = 500) String website,
        @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "{vl.pattern.timeOfDay}") String closesAt,
        @Size(max = 50) List<@Size(max = 100) String> types,
        @Size(max = 64) String businessStatus) {

    /** The id under which this competitor is remembered. */
    public String key() {
        if (externalId != null && !externalId.isBlank()) {
            return externalId;
        }
        return "import:" + name.trim().toLowerCase(java.util.Locale.ROOT) + "@"
                + String.format(java.util.Locale.ROOT, "%.4f,%.4f", latitude, longitude);
    }

    /** Whether it has a website: said outright, or implied by a website given. */
    public Boolean websiteKnown() {
        if (website != null && !website.isBlank()) {
            return true;
        }
        return hasWebsite;
    }
}
