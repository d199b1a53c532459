package com.verticallight.intelligence.competitor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * Competitors from a list the owner or a data provider has.
 *
 * @param observedAt when the figures were true; now when left out
 */
public record CompetitorImport(Instant observedAt,
        @NotNull @NotEmpty @Size(max = 500) List<@Valid @NotNull CompetitorInput> competitors) {
}
