package com.verticallight.execution;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ManualTask")
public record ManualTaskView(
        UUID id,
        UUID businessId,
        String title,
        String reason,
        Priority priority,
        TaskStatus status,
        int estimatedMinutes,
        String potentialImpact,
        @Schema(description = "What data caused the task") String trigger,
        String reference,
        Instant createdAt,
        Instant startedAt,
        Instant completedAt,
        Integer minutesSpent,
        String dismissedReason,
        String guidanceKey,
        @Schema(description = "The steps to follow; present on a single task, absent in lists") GuidanceView guidance) {

    static ManualTaskView of(ManualTask t, GuidanceView guidance) {
        return new ManualTaskView(t.id, t.businessId, t.title, t.reason, t.priority, t.status, t.estimatedMinutes,
                t.potentialImpact, t.trigger, t.reference, t.createdAt, t.startedAt, t.completedAt, t.minutesSpent,
                t.dismissedReason, t.guidanceKey, guidance);
    }

    /** In a list (no guidance): the title and impact in the reader's language when they are the guidance's own. */
    static ManualTaskView listed(ManualTask t, java.util.Locale locale) {
        com.verticallight.i18n.Catalogue texts = com.verticallight.i18n.Catalogue.named(
                com.verticallight.i18n.Catalogue.GUIDANCE);
        String title = localIfDefault(texts, t.guidanceKey + ".title", t.title, locale);
        String impact = localIfDefault(texts, t.guidanceKey + ".impact", t.potentialImpact, locale);
        return new ManualTaskView(t.id, t.businessId, title, t.reason, t.priority, t.status, t.estimatedMinutes,
                impact, t.trigger, t.reference, t.createdAt, t.startedAt, t.completedAt, t.minutesSpent,
                t.dismissedReason, t.guidanceKey, null);
    }

    private static String localIfDefault(com.verticallight.i18n.Catalogue texts, String key, String stored,
            java.util.Locale locale) {
        boolean isDefault = texts.pattern(java.util.Locale.ENGLISH, key).filter(en -> en.equals(stored)).isPresent();
        return isDefault ? texts.format(locale, key) : stored;
    }

    /**
     * With its guidance in the reader's language. A task keeps the guidance's English title and impact when it
     * was opened without a title of its own: those are shown from the guidance, in the reader's language.
     */
    static ManualTaskView of(ManualTask t, Guidance entry, java.util.Locale locale) {
        if (entry == null) {
            return of(t, null);
        }
        GuidanceView guidance = GuidanceView.of(entry, locale);
        String title = entry.title.equals(t.title) ? guidance.title() : t.title;
        String impact = entry.potentialImpact.equals(t.potentialImpact) ? guidance.potentialImpact() : t.potentialImpact;
        return new ManualTaskView(t.id, t.businessId, title, t.reason, t.priority, t.status, t.estimatedMinutes,
                impact, t.trigger, t.reference, t.createdAt, t.startedAt, t.completedAt, t.minutesSpent,
                t.dismissedReason, t.guidanceKey, guidance);
    }
}
