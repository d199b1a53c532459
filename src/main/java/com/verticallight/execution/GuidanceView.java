package com.verticallight.execution;

import com.verticallight.i18n.Catalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Guidance", description = "How to do a task that needs a person, step by step, in the reader's language")
public record GuidanceView(
        String key,
        String title,
        String category,
        List<String> steps,
        @Schema(description = "What to check before calling it done") List<String> checklist,
        @Schema(description = "Things to say to the customer, supplier or team") List<String> talkingPoints,
        int estimatedMinutes,
        String potentialImpact) {

    /**
     * The entry in the reader's language: from the guidance catalogue ({key}.title, {key}.steps.0, …) when the
     * entry has been moved there, else the English text of the guidance table.
     */
    static GuidanceView of(Guidance g, Locale locale) {
        Catalogue texts = Catalogue.named(Catalogue.GUIDANCE);
        if (!texts.has(g.key + ".title")) {
            return new GuidanceView(g.key, g.title, g.category, g.steps, g.checklist, g.talkingPoints,
                    g.estimatedMinutes, g.potentialImpact);
        }
        return new GuidanceView(g.key, texts.format(locale, g.key + ".title"), g.category,
                list(texts, locale, g.key + ".steps."), list(texts, locale, g.key + ".checklist."),
                list(texts, locale, g.key + ".talkingPoints."), g.estimatedMinutes,
                texts.format(locale, g.key + ".impact"));
    }

    private static List<String> list(Catalogue texts, Locale locale, String prefix) {
        List<String> items = new ArrayList<>();
        for (int i = 0; texts.has(prefix + i); i++) {
            items.add(texts.format(locale, prefix + i));
        }
        return List.copyOf(items);
    }
}
