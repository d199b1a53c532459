package com.verticallight.intelligence.insight;

import com.verticallight.i18n.Catalogue;
import com.verticallight.i18n.Phrase;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An insight's evidence as message arguments: numbers stay numbers, ISO instants become dates ICU formats. */
final class InsightTexts {

    private InsightTexts() {
    }

    /**
     * The title of an insight of this type as a phrase (its evidence as arguments, dates as epoch milliseconds so
     * they survive JSON), for a notification each reader reads in their language; null when no catalogue has it.
     */
    static Phrase titleWords(String type, Map<String, Object> evidence) {
        String key = "insight." + type + ".title";
        if (evidence == null || !(Catalogue.owner().has(key) || Catalogue.messages().has(key))) {
            return null;
        }
        List<Object> namesAndValues = new ArrayList<>();
        arguments(evidence).forEach((name, value) -> {
            namesAndValues.add(name);
            namesAndValues.add(value instanceof Date date ? date.getTime() : value);
        });
        return Phrase.of(key, namesAndValues.toArray());
    }

    static Map<String, Object> arguments(Map<String, Object> evidence) {
        Map<String, Object> args = new HashMap<>();
        evidence.forEach((name, value) -> {
            if (value instanceof Number) {
                args.put(name, value);
            } else if (value instanceof String text) {
                args.put(name, instant(text).<Object>map(Date::from).or(() -> day(text)).orElse(text));
            }
        });
        derived(evidence, args);
        return args;
    }

    /**
     * Arguments made from the evidence for the texts: amounts (xMinor with the currency) as money, a month
     * ("2026-11") as a date ICU can name, a channel's name, and whether the spend was over the budget.
     */
    private static void derived(Map<String, Object> evidence, Map<String, Object> args) {
        if (evidence.get("currency") instanceof String currency) {
            evidence.forEach((name, value) -> {
                if (name.endsWith("Minor") && value instanceof Number minor) {
                    args.put(name.substring(0, name.length() - "Minor".length()),
                            new com.verticallight.i18n.Money(Math.abs(minor.longValue()), currency));
                }
            });
        }
        if (evidence.get("differenceMinor") instanceof Number difference) {
            args.put("over", difference.longValue() > 0 ? "yes" : "no");
        }
        if (evidence.get("month") instanceof String month && month.matches("\\d{4}-\\d{2}")) {
            args.put("month", Date.from(java.time.YearMonth.parse(month).atDay(15).atTime(12, 0)
                    .toInstant(java.time.ZoneOffset.UTC)));
        }
        if (evidence.get("channel") instanceof String channel) {
            try {
                args.put("channelName", com.verticallight.channel.ChannelKind.valueOf(channel).displayName());
            } catch (IllegalArgumentException notAKind) {
                args.put("channelName", channel);
            }
        }
    }

    private static java.util.Optional<Object> day(String text) {
        try {
            return java.util.Optional.of(java.time.LocalDate.parse(text));
        } catch (DateTimeParseException notADay) {
            return java.util.Optional.empty();
        }
    }

    private static java.util.Optional<Instant> instant(String text) {
        try {
            return java.util.Optional.of(Instant.parse(text));
        } catch (DateTimeParseException notAnInstant) {
            return java.util.Optional.empty();
        }
    }
}
