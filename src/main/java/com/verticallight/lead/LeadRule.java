package com.verticallight.lead;

import com.fasterxml.jackson.core.type.TypeReference;
import com.verticallight.platform.json.JsonColumn;
import jakarta.persistence.Converter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A classification rule the business can edit. Every condition given must hold; a rule without conditions matches
 * every lead.
 *
 * @param source only leads from this source
 * @param keywords any one of these found in the message (case-insensitive)
 * @param fromHour with toHour: the lead arrived in this local hour range (from inclusive, to exclusive; wraps
 *        midnight when from is after to)
 * @param minValueMinor the lead's value hint is at least this (minor units of the business's currency)
 */
@Schema(name = "LeadRule")
public record LeadRule(
        @NotBlank @Size(max = 60) String label,
        LeadSource source,
        @Size(max = 50) List<@NotBlank @Size(max = 60) String> keywords,
        @Min(0) @Max(23) Integer fromHour,
        @Min(0) @Max(24) Integer toHour,
        @PositiveOrZero Long minValueMinor,
        @NotNull LeadPriority priority,
        @NotBlank @Size(max = 300) String reason) {

    /** What a rule looks at. */
    public record Facts(LeadSource source, String message, LocalTime localTime, Long valueMinor) {
    }

    public boolean matches(Facts facts) {
        return sourceMatches(facts) && keywordsMatch(facts.message()) && hourMatches(facts.localTime())
                && (minValueMinor == null || facts.valueMinor() != null && facts.valueMinor() >= minValueMinor);
    }

    private boolean sourceMatches(Facts facts) {
        return source == null || source == facts.source();
    }

    private boolean keywordsMatch(String message) {
        if (keywords == null || keywords.isEmpty()) {
            return true;
        }
        if (message == null) {
            return false;
        }
        String text = message.toLowerCase(Locale.ROOT);
        return keywords.stream().anyMatch(word -> text.contains(word.toLowerCase(Locale.ROOT)));
    }

    private boolean hourMatches(LocalTime time) {
        if (fromHour == null || toHour == null) {
            return true;
        }
        int hour = time.getHour();
        return fromHour <= toHour ? hour >= fromHour && hour < toHour : hour >= fromHour || hour < toHour;
    }

    @Converter
    public static class ListColumn extends JsonColumn<List<LeadRule>> {

        public ListColumn() {
            super(new TypeReference<>() {
            });
        }
    }
}
