package com.verticallight.content.bot;

import com.verticallight.i18n.Text;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connector.meta.InstagramCaption;
import com.verticallight.platform.problem.Problem.FieldError;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What each platform accepts (API-FACTS): an Instagram caption of at most 2,200 characters, 30 hashtags and 20
 * @-mentions, with an image; a Google Business Profile summary of at most 1,500 characters; a Facebook post of
 * at most 63,206 characters. Pure, so the LLM's answers and the owner's edits are checked by the same rules.
 */
final class PostRules {

    static final int GOOGLE_MAX = 1_500;
    static final int FACEBOOK_MAX = 63_206;

    private PostRules() {
    }

    /** The rules the text breaks on the platform, each naming the field "text"; empty when it is fine. */
    static List<FieldError> textErrors(ChannelKind platform, String text) {
        List<FieldError> errors = new ArrayList<>();
        if (text == null || text.isBlank()) {
            errors.add(FieldError.of("text", Text.of("content.notBlank")));
            return errors;
        }
        int length = text.codePointCount(0, text.length());
        switch (platform) {
            case INSTAGRAM -> {
                if (length > InstagramCaption.MAX_CHARACTERS) {
                    errors.add(FieldError.of("text", Text.of("content.instagramCharacters",
                            Map.of("max", InstagramCaption.MAX_CHARACTERS, "length", length))));
                }
                if (InstagramCaption.hashtags(text) > InstagramCaption.MAX_HASHTAGS) {
                    errors.add(FieldError.of("text", Text.of("content.instagramHashtags",
                            Map.of("max", InstagramCaption.MAX_HASHTAGS))));
                }
                if (InstagramCaption.mentions(text) > InstagramCaption.MAX_MENTIONS) {
                    errors.add(FieldError.of("text", Text.of("content.instagramMentions",
                            Map.of("max", InstagramCaption.MAX_MENTIONS))));
                }
            }
            case GOOGLE_BUSINESS_PROFILE -> {
                if (length > GOOGLE_MAX) {
                    errors.add(FieldError.of("text", Text.of("content.googleCharacters",
                            Map.of("max", GOOGLE_MAX, "length", length))));
                }
            }
            default -> {
                if (length > FACEBOOK_MAX) {
                    errors.add(FieldError.of("text", Text.of("content.facebookCharacters", Map.of("max", FACEBOOK_MAX))));
                }
            }
        }
        return errors;
    }

    /** What keeps a post from being approved: its text, and for Instagram a missing image. */
    static List<FieldError> approvalErrors(ChannelKind platform, String text, String imageUrl) {
        List<FieldError> errors = textErrors(platform, text);
        if (platform == ChannelKind.INSTAGRAM && (imageUrl == null || imageUrl.isBlank())) {
            errors.add(FieldError.of("imageUrl", Text.of("content.instagramPostsNeedImageSet")));
        }
        return errors;
    }

    /** An image must be on a public http(s) URL. */
    static boolean validImageUrl(String url) {
        try {
            URI uri = URI.create(url.trim());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
