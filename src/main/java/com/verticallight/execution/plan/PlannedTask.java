package com.verticallight.execution.plan;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.execution.HandOff;
import com.verticallight.i18n.Words;
import java.util.UUID;

/**
 * A task a contributor puts in the day's plan: automated (an action for the gateway) or handed to a person
 * (a hand-off). A blocked task has both a missing action and a hand-off telling the owner how to unblock it.
 *
 * @param key stable within the day, e.g. "post:&lt;connection id&gt;"; part of the side effect's idempotency key
 * @param trigger the data that caused the task, in words
 */
public record PlannedTask(String key, String taskType, ChannelKind channel, UUID connectionId, String title,
        String detail, String trigger, OutboundAction action, HandOff handOff, boolean blocked, Words words) {

    public PlannedTask(String key, String taskType, ChannelKind channel, UUID connectionId, String title,
            String detail, String trigger, OutboundAction action, HandOff handOff, boolean blocked) {
        this(key, taskType, channel, connectionId, title, detail, trigger, action, handOff, blocked, null);
    }

    /**
     * This task with its words as owner-catalogue phrases ("title", "detail", "trigger"); the English strings are
     * written from them. A post's or reply's text (the detail of an automated task) is in the customers' language
     * and is not among them.
     */
    public PlannedTask withWords(Words words) {
        return new PlannedTask(key, taskType, channel, connectionId, english(words, "title", title),
                english(words, "detail", detail), english(words, "trigger", trigger), action, handOff, blocked, words);
    }

    private static String english(Words words, String field, String otherwise) {
        String english = words == null ? null : words.english(field);
        return english == null ? otherwise : english;
    }

    public static PlannedTask automated(String key, String taskType, ChannelKind channel, UUID connectionId,
            String title, String detail, String trigger, OutboundAction action) {
        return new PlannedTask(key, taskType, channel, connectionId, title, detail, trigger, action, null, false);
    }

    public static PlannedTask manual(String key, String taskType, ChannelKind channel, String title, String detail,
            String trigger, HandOff handOff) {
        return new PlannedTask(key, taskType, channel, null, title, detail, trigger, null, handOff, false);
    }

    public static PlannedTask blocked(String key, String taskType, ChannelKind channel, UUID connectionId,
            String title, String trigger, HandOff handOff) {
        return new PlannedTask(key, taskType, channel, connectionId, title, null, trigger, null, handOff, true);
    }
}
