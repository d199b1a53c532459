package com.verticallight.appointment;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a customer's reply, taken as a whole, confirms ("yes", "haan", "हाँ", "confirm karo") or cancels
 * ("cancel", "radd", "रद्द") their next appointment. Case, surrounding spaces and punctuation do not matter; a
 * sentence that merely contains a word ("yes but can we move it?") is neither.
 */
public final class ReplyWords {

    public enum Intent {
        CONFIRM, CANCEL
    }

    private static final Set<String> CONFIRM = normalisedSet("confirm", "confirmed", "confirm karo", "yes", "y",
            "ok", "haan", "han", "ha", "ji haan", "हाँ", "हां", "जी हाँ", "जी हां", "ठीक है", "पक्का");

    private static final Set<String> CANCEL = normalisedSet("cancel", "cancel karo", "radd", "radd karo", "रद्द",
            "रद्द करें", "रद्द करो", "कैंसल");

    private ReplyWords() {
    }

    public static Optional<Intent> intentOf(String text) {
        String word = normalise(text);
        if (CONFIRM.contains(word)) {
            return Optional.of(Intent.CONFIRM);
        }
        return CANCEL.contains(word) ? Optional.of(Intent.CANCEL) : Optional.empty();
    }

    /** NFC, lower case, single spaces, without punctuation or symbols at either end. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("^[\\p{P}\\p{S}\\p{Z}\\s]+|[\\p{P}\\p{S}\\p{Z}\\s]+$", "")
                .replaceAll("[\\p{Z}\\s]+", " ")
                .toLowerCase(Locale.ROOT);
    }

    private static Set<String> normalisedSet(String... words) {
        return Arrays.stream(words).map(ReplyWords::normalise).collect(Collectors.toUnmodifiableSet());
    }
}
