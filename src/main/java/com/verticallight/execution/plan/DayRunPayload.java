package com.verticallight.execution.plan;

import java.time.LocalDate;
import java.util.UUID;

/** What a day-run job carries: whose day, which day, and whether the owner asked for it. */
public record DayRunPayload(UUID businessId, LocalDate date, boolean runNow) {
}
