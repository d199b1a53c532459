package com.verticallight.content;

import com.verticallight.platform.problem.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads a date query parameter so that a malformed one is a 400 naming it. */
final class DateParam {

    private DateParam() {
    }

    /** The date, or null when absent. */
    static LocalDate parse(String name, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date as YYYY-MM-DD");
        }
    }
}
