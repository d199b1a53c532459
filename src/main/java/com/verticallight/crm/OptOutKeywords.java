package com.verticallight.crm;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether an inbound message, taken as a whole, asks to stop (STOP, UNSUBSCRIBE, "बंद करें"...) or to start
 * again (START, UNSTOP, "शुरू"). Case, surrounding spaces and punctuation ("Stop!") do not matter; a
 * sentence that merely contains the word ("don't stop") is not a keyword.
 *
 * <p>"CANCEL" is deliberately not an opt-out word here (unlike the US carriers' list): appointment reminders
 * invite the customer to reply "cancel" to cancel the appointment, and that must not end all their messages.
 */
public final class OptOutKeywords {

    private static final Set<String> OPT_OUT = normalisedSet("STOP", "STOPALL", "UNSUBSCRIBE", "END",
            "QUIT", "रोकें", "बंद करें", "बंद");

    private static final Set<String> OPT_IN = normalisedSet("START", "UNSTOP", "शुरू");

    private OptOutKeywords() {
    }

    public static boolean isOptOut(String text) {
        return OPT_OUT.contains(normalise(text));
    }

    public static boolean isOptIn(String text) {
        return OPT_IN.contains(normalise(text));
    }

    /** NFC, upper case, single spaces, without punctuation or symbols at either end. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("^[\\p{P}\\p{S}\\p{Z}\\s]+|[\\p{P}\\p{S}\\p{Z}\\s]+$", "")
                .replaceAll("[\\p{Z}\\s]+", " ")
                .toUpperCase(Locale.ROOT);
    }

    private static Set<String> normalisedSet(String... words) {
        return java.util.Arrays.stream(words).map(OptOutKeywords::normalise).collect(Collectors.toUnmodifiableSet());
    }
}
