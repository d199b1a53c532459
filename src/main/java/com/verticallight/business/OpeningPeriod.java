package com.verticallight.business;

import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;

/** One stretch of opening time on a day, local to the business, "09:00" to "18:00". */
public record OpeningPeriod(@NotNull LocalTime opens, @NotNull LocalTime closes) {
}
