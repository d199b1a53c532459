package com.verticallight.workflow.trigger;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import com.verticallight.i18n.Languages;
import com.verticallight.i18n.Text;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a schedule workflow fires: a 5-field cron line ("0 9 * * 1") or plain words, read as local times of a zone.
 * Words are turned into a cron line: "every Monday 9 am", "every Monday at 09:00", "every day at 18:30",
 * "every weekday at 9:00", "every weekend at 10 am", "every hour", "every 2 hours", "every 15 minutes".
 */
public final class Schedule {

    private static final CronParser CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final String TIME = "(?:\\s+at)?\\s+(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)?";
    private static final Pattern DAILY = Pattern.compile("every\\s+(day|weekday|weekend|[a-z]+day)" + TIME);
    private static final Pattern EVERY_N = Pattern.compile("every\\s+(\\d{1,2})?\\s*(minute|hour)s?");

    private final String cron;
    private final ExecutionTime times;

    private Schedule(String cron) {
        this.cron = cron;
        this.times = ExecutionTime.forCron(CRON.parse(cron));
    }

    /** The schedule, or an {@link Invalid} saying what is wrong with the text. */
    public static Schedule parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("workflow.definition.scheduleRequired");
        }
        String cleaned = text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String cron = cleaned.startsWith("every") ? words(cleaned) : cleaned;
        if (cron.split(" ").length != 5) {
            throw invalid("workflow.definition.scheduleFields");
        }
        try {
            return new Schedule(cron);
        } catch (IllegalArgumentException e) {
            throw new Invalid(Text.of("workflow.definition.scheduleCron", Map.of("reason", String.valueOf(e.getMessage()))));
        }
    }

    /** The cron line this schedule runs by. */
    public String cron() {
        return cron;
    }

    /** The first fire time strictly after the instant, reading the schedule in the zone. */
    public Instant nextAfter(Instant after, ZoneId zone) {
        Optional<ZonedDateTime> next = times.nextExecution(after.atZone(zone));
        return next.map(ZonedDateTime::toInstant)
                .orElseThrow(() -> new IllegalStateException("The schedule " + cron + " never fires"));
    }

    /** The latest fire time at or before the instant (the last one missed), or empty. */
    public Optional<Instant> lastAtOrBefore(Instant at, ZoneId zone) {
        return times.lastExecution(at.plusNanos(1).atZone(zone)).map(ZonedDateTime::toInstant);
    }

    private static String words(String text) {
        Matcher every = EVERY_N.matcher(text);
        if (every.matches()) {
            int n = every.group(1) == null ? 1 : Integer.parseInt(every.group(1));
            boolean minutes = every.group(2).equals("minute");
            if (n < 1 || (minutes ? n < 5 || 60 % n != 0 : 24 % n != 0)) {
                throw invalid(minutes ? "workflow.definition.scheduleMinutes" : "workflow.definition.scheduleHours");
            }
            return minutes ? "*/" + n + " * * * *" : "0 " + (n == 1 ? "*" : "*/" + n) + " * * *";
        }
        Matcher daily = DAILY.matcher(text);
        if (!daily.matches()) {
            throw invalid("workflow.definition.scheduleWords");
        }
        int hour = Integer.parseInt(daily.group(2));
        int minute = daily.group(3) == null ? 0 : Integer.parseInt(daily.group(3));
        String half = daily.group(4);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                throw invalid("workflow.definition.scheduleHour12");
            }
            hour = hour % 12 + (half.equals("pm") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            throw invalid("workflow.definition.scheduleTimeOfDay");
        }
        return minute + " " + hour + " * * " + days(daily.group(1));
    }

    private static String days(String word) {
        return switch (word) {
            case "day" -> "*";
            case "weekday" -> "1-5";
            case "weekend" -> "0,6";
            default -> {
                try {
                    yield String.valueOf(DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT)).getValue() % 7);
                } catch (IllegalArgumentException e) {
                    throw new Invalid(Text.of("workflow.definition.scheduleDay", Map.of("word", word)));
                }
            }
        };
    }

    private static Invalid invalid(String key) {
        return new Invalid(Text.of(key));
    }

    /** What is wrong with a schedule's text: a problems catalogue text (its English is the exception's message). */
    public static final class Invalid extends IllegalArgumentException {

        private final transient Text text;

        Invalid(Text text) {
            super(text.in(Languages.ENGLISH));
            this.text = text;
        }

        public Text text() {
            return text;
        }
    }
}
