package com.verticallight.review;

import java.util.Locale;

/** The words of review replies that the templates do not carry: what the reviewer mentioned, and apology drafts. */
final class ReplyDrafts {

    private static final int MENTION_LENGTH = 80;

    private ReplyDrafts() {
    }

    /**
     * The reply with what the reviewer mentioned, quoted (English replies only: a quote inside a reply in another
     * language would mix languages). A reply to a review without text is left as it is.
     */
    static String withMention(String reply, String comment, String language) {
        String mention = mention(comment);
        boolean english = language == null || language.toLowerCase(Locale.ROOT).startsWith("en");
        if (mention == null || !english) {
            return reply;
        }
        return reply + " Thank you for mentioning \"" + mention + "\".";
    }

    /** The first sentence of the comment, at most 80 characters; null when there is no text. */
    static String mention(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String first = comment.strip().split("(?<=[.!?])\\s+", 2)[0].replaceAll("[.!?]+$", "").strip();
        return first.isEmpty() ? null : excerpt(first, MENTION_LENGTH);
    }

    /** A draft for a review of 3 stars or fewer, for the owner to edit before posting. */
    static String apology(String business, String reviewer, String phone) {
        String name = reviewer == null || reviewer.isBlank() ? "there" : reviewer.strip();
        return "Dear " + name + ", thank you for telling us about your visit, and we are sorry it was not what you "
                + "expected. We have shared your feedback with the team at " + business + ". We would like to put it "
                + "right: please " + (phone == null || phone.isBlank() ? "contact us" : "call us on " + phone)
                + " and ask for the manager.";
    }

    static String excerpt(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
