package com.verticallight.review;

import java.util.Locale;

/**
 * The words of review replies that the templates do not carry, in English and Hindi: what the reviewer mentioned,
 * and apology drafts.
 */
final class ReplyDrafts {

    private static final int MENTION_LENGTH = 80;

    private ReplyDrafts() {
    }

    /**
     * The reply with what the reviewer mentioned, quoted as they wrote it, in the reply's language (English or Hindi;
     * other languages get no quote rather than a sentence in the wrong language). A review without text is left as it is.
     */
    static String withMention(String reply, String comment, String language) {
        String mention = mention(comment);
        if (mention == null) {
            return reply;
        }
        return switch (base(language)) {
            case "en" -> reply + " Thank you for mentioning \"" + mention + "\".";
            case "hi" -> reply + " \"" + mention + "\" के बारे में बताने के लिए धन्यवाद।";
            default -> reply;
        };
    }

    private static String base(String language) {
        return language == null ? "en" : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
    }

    /** The first sentence of the comment, at most 80 characters; null when there is no text. */
    static String mention(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String first = comment.strip().split("(?<=[.!?])\\s+", 2)[0].replaceAll("[.!?]+$", "").strip();
        return first.isEmpty() ? null : excerpt(first, MENTION_LENGTH);
    }

    /** A draft for a review of 3 stars or fewer, in the business's language, for the owner to edit before posting. */
    static String apology(String business, String reviewer, String phone, String language) {
        boolean named = reviewer != null && !reviewer.isBlank();
        boolean hasPhone = phone != null && !phone.isBlank();
        if ("hi".equals(base(language))) {
            return (named ? reviewer.strip() + " जी" : "नमस्ते") + ", अपने अनुभव के बारे में बताने के लिए धन्यवाद। हमें खेद है कि "
                    + "यह आपकी उम्मीद के मुताबिक नहीं था। हमने आपकी बात " + business + " की टीम तक पहुँचा दी है। हम इसे ठीक "
                    + "करना चाहेंगे: कृपया " + (hasPhone ? phone + " पर कॉल करें" : "हमसे संपर्क करें")
                    + " और मैनेजर से बात करें।";
        }
        return "Dear " + (named ? reviewer.strip() : "there") + ", thank you for telling us about your visit, and we are "
                + "sorry it was not what you expected. We have shared your feedback with the team at " + business
                + ". We would like to put it right: please " + (hasPhone ? "call us on " + phone : "contact us")
                + " and ask for the manager.";
    }

    static String excerpt(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
