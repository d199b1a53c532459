package com.verticallight.content;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A festival or national day on one date in one country (ISO 3166 alpha-2). */
@Schema(name = "Festival", description = "A festival or national day: reference data an operator may edit")
public record Festival(
        @Schema(description = "Stable name of the festival across years, e.g. diwali") String key,
        String name,
        LocalDate date,
        String country,
        @Schema(description = "Theme codes, e.g. festival_of_lights, sweets") List<String> themes) {
}
