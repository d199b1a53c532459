package com.verticallight.intelligence.insight;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An insight as the API shows it. impactPerHour = impactScore × 60 / effortMinutes: what ranking uses after
 * "can be acted on today".
 */
public record InsightView(UUID id, UUID businessId, String type, String subject, String title, String description,
        String priority, int impactScore, String expectedImpact, int effortMinutes, long costMinor, String currency,
        boolean actionableToday, double impactPerHour, Map<String, Object> evidence, String status, Instant createdAt,
        Instant updatedAt) {

    static InsightView of(Insight i) {
        return new InsightView(i.id, i.businessId, i.type, i.subject, i.title, i.description, i.priority.name(),
                i.impactScore, i.expectedImpact, i.effortMinutes, i.costMinor, i.currency, i.actionableToday,
                impactPerHour(i), i.evidence, i.status.name(), i.createdAt, i.updatedAt);
    }

    /**
     * In the reader's language: the stored title and description are the English rendering; another language is
     * written from the catalogue (insight.<type>.title / .description) with the evidence as arguments, when the
     * catalogue has the type.
     */
    static InsightView of(Insight i, java.util.Locale locale) {
        String key = "insight." + i.type;
        com.verticallight.i18n.Catalogue owner = com.verticallight.i18n.Catalogue.owner();
        com.verticallight.i18n.Catalogue texts = owner.has(key + ".title") ? owner
                : com.verticallight.i18n.Catalogue.messages();
        String impact = owner.has(key + ".impact") ? owner.format(locale, key + ".impact") : i.expectedImpact;
        boolean english = locale.getLanguage().equals("en") && texts != owner; // the stored text is the English one
        if (english || !texts.has(key + ".title") || i.evidence == null) {
            InsightView stored = of(i);
            return new InsightView(i.id, i.businessId, i.type, i.subject, stored.title(), stored.description(),
                    i.priority.name(), i.impactScore, impact, i.effortMinutes, i.costMinor, i.currency,
                    i.actionableToday, impactPerHour(i), i.evidence, i.status.name(), i.createdAt, i.updatedAt);
        }
        java.util.Map<String, Object> args = InsightTexts.arguments(i.evidence);
        return new InsightView(i.id, i.businessId, i.type, i.subject, texts.format(locale, key + ".title", args),
                texts.format(locale, key + ".description", args), i.priority.name(), i.impactScore, impact,
                i.effortMinutes, i.costMinor, i.currency, i.actionableToday, impactPerHour(i), i.evidence,
                i.status.name(), i.createdAt, i.updatedAt);
    }

    static double impactPerHour(Insight i) {
        return Math.round(i.impactScore * 60.0 / Math.max(1, i.effortMinutes) * 100) / 100.0;
    }
}
