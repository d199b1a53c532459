package com.verticallight.review;

import com.verticallight.i18n.Catalogue;
import com.verticallight.i18n.Languages;
import java.util.Locale;
import java.util.Map;

/**
 * The words of review replies that the templates do not carry, in the business's customers' language (the customer
 * catalogue's review.reply.*, in the eight languages; English for a language the product does not write): what the
 * reviewer mentioned, and apology drafts.
 */
final class ReplyDrafts {

    private static final int MENTION_LENGTH = 80;

    private ReplyDrafts() {
    }

    /**
     * The reply with what the reviewer mentioned, quoted as they wrote it, in the reply's language (the language the
     * templates chose: the business's when it is one of the eight, else English). A review without text is left as
     * it is.
     */
    static String withMention(String reply, String comment, String language) {
        String mention = mention(comment);
        if (mention == null) {
            return reply;
        }
        return Catalogue.customer().format(locale(language), "review.reply.withMention",
                Map.of("reply", reply, "mention", mention));
    }

    private static Locale locale(String language) {
        return Languages.supported(language).orElse(Languages.ENGLISH);
    }

    /** The first sentence of the comment, at most 80 characters; null when there is no text. */
    static String mention(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String first = comment.strip().split("(?<=[.!?])\\s+|(?<=[。！？])", 2)[0].replaceAll("[.!?。！？]+$", "").strip();
        return first.isEmpty() ? null : excerpt(first, MENTION_LENGTH);
    }

    /** A draft for a review of 3 stars or fewer, in the business's language, for the owner to edit before posting. */
    static String apology(String business, String reviewer, String phone, String language) {
        boolean named = reviewer != null && !reviewer.isBlank();
        boolean hasPhone = phone != null && !phone.isBlank();
        return Catalogue.customer().format(locale(language), "review.reply.apology", Map.of(
                "reviewer", named ? reviewer.strip() : "none", "business", business == null ? "" : business,
                "phone", hasPhone ? phone.strip() : "none"));
    }

    static String excerpt(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
