package com.verticallight.execution;

import com.verticallight.i18n.Catalogue;
import com.verticallight.i18n.Words;
import java.time.Instant;
import java.util.Locale;
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

    /** In a list (no guidance): its words in the reader's language (the guidance's own title and impact too). */
    static ManualTaskView listed(ManualTask t, Locale locale) {
        Catalogue texts = Catalogue.named(Catalogue.GUIDANCE);
        String title = Words.text(t.words, "title", locale, localIfDefault(texts, t.guidanceKey + ".title", t.title, locale));
        String impact = localIfDefault(texts, t.guidanceKey + ".impact", t.potentialImpact, locale);
        return new ManualTaskView(t.id, t.businessId, title, Words.text(t.words, "reason", locale, t.reason),
                t.priority, t.status, t.estimatedMinutes, impact, Words.text(t.words, "trigger", locale, t.trigger),
                t.reference, t.createdAt, t.startedAt, t.completedAt, t.minutesSpent, t.dismissedReason,
                t.guidanceKey, null);
    }

    private static String localIfDefault(Catalogue texts, String key, String stored, Locale locale) {
        boolean isDefault = texts.pattern(Locale.ENGLISH, key).filter(en -> en.equals(stored)).isPresent();
        return isDefault ? texts.format(locale, key) : stored;
    }

    /**
     * With its guidance in the reader's language. A task keeps the guidance's English title and impact when it
     * was opened without a title of its own: those are shown from the guidance, in the reader's language.
     */
    static ManualTaskView of(ManualTask t, Guidance entry, Locale locale) {
        if (entry == null) {
            return of(t, null);
        }
        GuidanceView guidance = GuidanceView.of(entry, locale);
        String title = Words.text(t.words, "title", locale, entry.title.equals(t.title) ? guidance.title() : t.title);
        String impact = entry.potentialImpact.equals(t.potentialImpact) ? guidance.potentialImpact() : t.potentialImpact;
        String reason = Words.text(t.words, "reason", locale,
                entry.potentialImpact.equals(t.reason) ? guidance.potentialImpact() : t.reason);
        return new ManualTaskView(t.id, t.businessId, title, reason, t.priority, t.status, t.estimatedMinutes,
                impact, Words.text(t.words, "trigger", locale, t.trigger), t.reference, t.createdAt, t.startedAt, t.completedAt, t.minutesSpent,
                t.dismissedReason, t.guidanceKey, guidance);
    }
}
