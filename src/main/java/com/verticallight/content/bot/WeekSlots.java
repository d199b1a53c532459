package com.verticallight.content.bot;

import com.verticallight.i18n.Text;
import com.verticallight.business.CategoryConfig;
import com.verticallight.business.PostingWindow;
import com.verticallight.platform.problem.ProblemException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;

/** ISO weeks ("2026-W49") and the posting windows a week's posts go out in, in the business's time zone. */
final class WeekSlots {

    static final PostingWindow FALLBACK = new PostingWindow("day", LocalTime.of(10, 0), LocalTime.of(19, 0));
    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private WeekSlots() {
    }

    /** The Monday of the ISO week; a 400 naming isoWeek when it is not one. */
    static LocalDate monday(String isoWeek) {
        Matcher m = isoWeek == null ? null : ISO_WEEK.matcher(isoWeek.trim());
        if (m == null || !m.matches()) {
            throw ProblemException.invalid("isoWeek", Text.of("content.isoWeekSuchAs2026"));
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        LocalDate mid = LocalDate.of(year, 6, 1);
        if (week < 1 || week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            throw ProblemException.invalid("isoWeek", Text.of("content.noSuchWeek", Map.of("year", year, "week", week)));
        }
        return mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static String isoWeek(LocalDate date) {
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static List<PostingWindow> windows(CategoryConfig config) {
        return config == null || config.postingWindows() == null || config.postingWindows().isEmpty()
                ? List.of(FALLBACK) : config.postingWindows();
    }

    /** A day's post goes out at the start of a posting window; the windows take turns day by day. */
    static Instant slot(LocalDate date, CategoryConfig config, ZoneId zone) {
        List<PostingWindow> windows = windows(config);
        PostingWindow window = windows.get(Math.floorMod(date.toEpochDay(), windows.size()));
        return ZonedDateTime.of(date, window.start(), zone).toInstant();
    }

    /** True when the local time falls in one of the posting windows (start and end included). */
    static boolean inWindow(LocalDateTime local, CategoryConfig config) {
        LocalTime time = local.toLocalTime();
        return windows(config).stream().anyMatch(w -> !time.isBefore(w.start()) && !time.isAfter(w.end()));
    }
}
