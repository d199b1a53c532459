package com.verticallight.execution.plan;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the time of day an owner types ("9 am", "6:30 pm", "18:00", "noon") and says it back in words. */
public final class RunTimeWords {

    private static final Pattern TIME = Pattern.compile("^(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?$");
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

    private RunTimeWords() {
    }

    /** The time, or empty when the words are not a time of day. */
    public static Optional<LocalTime> parse(String words) {
        if (words == null) {
            return Optional.empty();
        }
        String text = words.trim().toLowerCase(Locale.ROOT);
        if (text.equals("noon") || text.equals("midday")) {
            return Optional.of(LocalTime.NOON);
        }
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half = m.group(3) == null ? null : m.group(3).replace(".", "");
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (half.equals("pm") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    /** "9:30 AM". */
    public static String spoken(LocalTime time) {
        return SPOKEN.format(time);
    }
}
