package com.verticallight.intelligence.daily;

import java.time.LocalDate;
import java.util.UUID;

/** One business's refresh for one of its local dates. */
public record DailyPayload(UUID businessId, LocalDate date) {
}
