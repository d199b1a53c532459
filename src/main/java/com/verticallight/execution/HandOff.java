package com.verticallight.execution;

import com.verticallight.i18n.Words;

/**
 * Work the automation hands to a person: which guidance helps, what to call it, why, how urgent, what data
 * prompted it and what it refers to (one task per business, guidance and reference).
 */
public record HandOff(String guidanceKey, String title, String reason, Priority priority, String trigger,
        String reference, Words words) {

    public HandOff(String guidanceKey, String title, String reason, Priority priority, String trigger,
            String reference) {
        this(guidanceKey, title, reason, priority, trigger, reference, null);
    }

    /**
     * This hand-off with its words as catalogue phrases ("title", "reason", "trigger"), so the task reads in each
     * reader's language; the English strings are written from them.
     */
    public HandOff withWords(Words words) {
        return new HandOff(guidanceKey, english(words, "title", title), english(words, "reason", reason), priority,
                english(words, "trigger", trigger), reference, words);
    }

    private static String english(Words words, String field, String otherwise) {
        String english = words == null ? null : words.english(field);
        return english == null ? otherwise : english;
    }
}
