package com.verticallight.notification;

/**
 * A notification's words in English and, where written, Hindi; {@code mergedTitle} is the title once several
 * merge, with {@code %d} for how many ("%d new leads").
 */
public record NotificationText(String titleEn, String bodyEn, String titleHi, String bodyHi, String mergedTitleEn,
        String mergedTitleHi) {

    public static NotificationText english(String title, String body) {
        return new NotificationText(title, body, null, null, null, null);
    }

    public String title(String language) {
        return "hi".equals(language) && titleHi != null ? titleHi : titleEn;
    }

    public String body(String language) {
        return "hi".equals(language) && titleHi != null ? bodyHi : bodyEn;
    }

    public String mergedTitle(String language, int count) {
        String pattern = "hi".equals(language) && mergedTitleHi != null ? mergedTitleHi : mergedTitleEn;
        return pattern == null ? null : String.format(pattern, count);
    }
}
