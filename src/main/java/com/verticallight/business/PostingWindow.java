package com.verticallight.business;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;

/** A named time of day, local to the business, in which posts go out ("lunch", 11:00-13:00). */
public record PostingWindow(@NotBlank @Size(max = 40) String name, @NotNull LocalTime start, @NotNull LocalTime end) {
}
