package com.verticallight.notification;

import java.util.UUID;

/**
 * A notification to produce for the people of a tenant.
 *
 * @param recipient one person, or null for every active person whose preferences enable the category
 * @param mergeKey notifications with the same key, still unread and within the merge window, become one ("3 new
 *        leads"); null never merges
 * @param text the title and body in each language (English always, Hindi where written)
 */
public record NotificationRequest(Category category, Urgency priority, UUID recipient, NotificationText text,
        String link, String mergeKey) {
}
