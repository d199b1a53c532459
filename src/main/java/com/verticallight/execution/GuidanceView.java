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
     * The entry in the reader's language: each part (title, steps, checklist, talking points, impact) from the
     * guidance catalogue ({key}.title, {key}.steps.0, …). Every row of the guidance table has its texts in the
     * catalogue (GuidanceResourceTest fails otherwise); the table's English is used only for a part whose keys are
     * missing from the catalogue, such as a row an operator added without its texts.
     */
    static GuidanceView of(Guidance g, Locale locale) {
        Catalogue texts = Catalogue.named(Catalogue.GUIDANCE);
        return new GuidanceView(g.key, one(texts, locale, g.key + ".title", g.title), g.category,
                list(texts, locale, g.key + ".steps.", g.steps), list(texts, locale, g.key + ".checklist.", g.checklist),
                list(texts, locale, g.key + ".talkingPoints.", g.talkingPoints), g.estimatedMinutes,
                one(texts, locale, g.key + ".impact", g.potentialImpact));
    }

    private static String one(Catalogue texts, Locale locale, String key, String english) {
        return texts.has(key) ? texts.format(locale, key) : english;
    }

    private static List<String> list(Catalogue texts, Locale locale, String prefix, List<String> english) {
        return texts.has(prefix + 0) ? list(texts, locale, prefix) : english;
    }

    private static List<String> list(Catalogue texts, Locale locale, String prefix) {
        List<String> items = new ArrayList<>();
        for (int i = 0; texts.has(prefix + i); i++) {
            items.add(texts.format(locale, prefix + i));
        }
        return List.copyOf(items);
    }
}
