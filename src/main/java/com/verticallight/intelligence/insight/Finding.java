package com.verticallight.intelligence.insight;

import com.verticallight.execution.Priority;
import com.verticallight.i18n.Catalogue;
import com.verticallight.i18n.Languages;
import java.util.Map;

/**
 * What a rule found.
 *
 * @param subject  what it is about (a channel, a field, a competitor): one insight per business, type and subject
 * @param items    how many things acting on it means handling (e.g. reviews to answer); effort and cost scale with it
 * @param evidence the figures it came from
 */
public record Finding(String subject, String title, String description, Priority priority, int items,
        Map<String, Object> evidence) {

    /**
     * A finding whose title and description are the owner catalogue's insight.&lt;type&gt;.title and .description
     * with the evidence as arguments: stored in English, and written in each reader's language from the same
     * evidence when shown.
     */
    public static Finding written(String type, String subject, Priority priority, int items,
            Map<String, Object> evidence) {
        Map<String, Object> args = InsightTexts.arguments(evidence);
        Catalogue owner = Catalogue.owner();
        return new Finding(subject, owner.format(Languages.ENGLISH, "insight." + type + ".title", args),
                owner.format(Languages.ENGLISH, "insight." + type + ".description", args), priority, items, evidence);
    }
}
