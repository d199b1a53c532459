package com.verticallight.channel.connector.google;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.verticallight.channel.connector.Json;
import com.verticallight.channel.connector.PlatformFailure;
import java.time.DayOfWeek;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One Google TimePeriod: "09:00-19:00" on a day; a range past midnight ("18:00-02:00") closes the next day. */
record OpeningPeriod(DayOfWeek openDay, int openHours, int openMinutes, DayOfWeek closeDay, int closeHours,
        int closeMinutes) {

    private static final Pattern RANGE = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");

    static OpeningPeriod parse(DayOfWeek day, String range) {
        Matcher matcher = RANGE.matcher(range == null ? "" : range.trim());
        if (!matcher.matches()) {
            throw PlatformFailure.rejected("\"hours\" for " + day + " must look like 09:00-19:00, not " + range);
        }
        int openHours = Integer.parseInt(matcher.group(1));
        int openMinutes = Integer.parseInt(matcher.group(2));
        int closeHours = Integer.parseInt(matcher.group(3));
        int closeMinutes = Integer.parseInt(matcher.group(4));
        if (openHours > 23 || closeHours > 24 || openMinutes > 59 || closeMinutes > 59
                || (closeHours == 24 && closeMinutes > 0)) {
            throw PlatformFailure.rejected("\"hours\" for " + day + " has an impossible time: " + range);
        }
        boolean overnight = closeHours * 60 + closeMinutes <= openHours * 60 + openMinutes;
        return new OpeningPeriod(day, openHours, openMinutes, overnight ? day.plus(1) : day, closeHours,
                closeMinutes);
    }

    ObjectNode toJson() {
        ObjectNode period = Json.object().put("openDay", openDay.name());
        period.set("openTime", time(openHours, openMinutes));
        period.put("closeDay", closeDay.name());
        period.set("closeTime", time(closeHours, closeMinutes));
        return period;
    }

    private static ObjectNode time(int hours, int minutes) {
        ObjectNode time = Json.object().put("hours", hours);
        if (minutes != 0) {
            time.put("minutes", minutes);
        }
        return time;
    }
}
