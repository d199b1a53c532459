package com.verticallight.execution;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A calendar period in the business's time zone: the day, the ISO week (Monday first) or the month of a date. */
public enum Period {
    DAY, WEEK, MONTH;

    /** The first day of the period that contains the date. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    /** The day after the period that contains the date. */
    public LocalDate end(LocalDate date) {
        LocalDate start = start(date);
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }
}
