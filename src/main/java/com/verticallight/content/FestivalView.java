package com.verticallight.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FestivalEntry", description = "A festival or national day of the calendar, with its names and notes")
public record FestivalView(
        @Schema(description = "Stable name of the festival across years, e.g. diwali") String key,
        String name,
        @Schema(description = "The name by language, e.g. {\"hi\": \"दिवाली\"}") Map<String, String> localNames,
        LocalDate date,
        @Schema(description = "ISO 3166 alpha-2") String country,
        @Schema(description = "Theme codes, e.g. festival_of_lights") List<String> themes,
        @Schema(description = "Regional differences, moon sighting and the like") String notes) {

    static FestivalView of(FestivalEntry f) {
        return new FestivalView(f.key, f.name, f.localNames == null ? Map.of() : f.localNames, f.date, f.country,
                f.themes == null ? List.of() : f.themes, f.notes);
    }
}
