package com.verticallight.content;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connector.meta.InstagramCaption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shapes a post for each platform by its rules (see API-FACTS): Facebook takes up to 3 hashtags; an Instagram
 * caption holds at most 2,200 characters, 30 hashtags and 20 @-mentions and needs an image; a Google Business
 * Profile local post summary holds at most 1,500 characters and no hashtags.
 */
final class PlatformFormat {

    static final List<ChannelKind> PLATFORMS = List.of(ChannelKind.FACEBOOK_PAGE, ChannelKind.INSTAGRAM,
            ChannelKind.GOOGLE_BUSINESS_PROFILE);
    static final int FACEBOOK_HASHTAGS = 3;
    /** The localPosts summary limit (the connector's GoogleBodies.MAX_SUMMARY). */
    static final int GOOGLE_MAX_CHARACTERS = 1_500;

    private static final Pattern HASHTAG = Pattern.compile("#(?=[\\p{L}\\p{N}_])");
    private static final Pattern MENTION = Pattern.compile("@(?=[\\p{L}\\p{N}_.])");

    record Formatted(String text, List<String> hashtags) {
    }

    private PlatformFormat() {
    }

    /** The platform's place among those that take posts; other channels are refused. */
    static int slot(ChannelKind platform) {
        int slot = platform == null ? -1 : PLATFORMS.indexOf(platform);
        if (slot < 0) {
            throw new IllegalArgumentException("Posts are written for " + PLATFORMS + ", not " + platform);
        }
        return slot;
    }

    static boolean needsImage(ChannelKind platform) {
        return platform == ChannelKind.INSTAGRAM;
    }

    static Formatted format(ChannelKind platform, String body, List<String> hashtags) {
        slot(platform);
        return switch (platform) {
            case FACEBOOK_PAGE -> withHashtags(body, hashtags.subList(0, Math.min(FACEBOOK_HASHTAGS, hashtags.size())),
                    Integer.MAX_VALUE);
            case INSTAGRAM -> instagram(body, hashtags);
            default -> new Formatted(truncate(HASHTAG.matcher(body).replaceAll(""), GOOGLE_MAX_CHARACTERS), List.of());
        };
    }

    private static Formatted instagram(String body, List<String> hashtags) {
        String text = keepFirst(MENTION, body, InstagramCaption.MAX_MENTIONS);
        text = keepFirst(HASHTAG, text, InstagramCaption.MAX_HASHTAGS);
        int room = InstagramCaption.MAX_HASHTAGS - InstagramCaption.hashtags(text);
        List<String> tags = new ArrayList<>(hashtags.subList(0, Math.min(room, hashtags.size())));
        // the hashtags never take more than half of the caption; the text gets the rest
        while (!tags.isEmpty() && length(String.join(" ", tags)) > InstagramCaption.MAX_CHARACTERS / 2) {
            tags.remove(tags.size() - 1);
        }
        return withHashtags(text, tags, InstagramCaption.MAX_CHARACTERS);
    }

    private static Formatted withHashtags(String body, List<String> tags, int maxCharacters) {
        if (tags.isEmpty()) {
            return new Formatted(truncate(body, maxCharacters), List.of());
        }
        String block = String.join(" ", tags);
        String text = truncate(body, maxCharacters - length(block) - 2);
        return new Formatted(text + "\n\n" + block, List.copyOf(tags));
    }

    /** Keeps the first {@code max} markers (# or @) and drops the rest, leaving their words as plain text. */
    private static String keepFirst(Pattern marker, String text, int max) {
        Matcher matcher = marker.matcher(text);
        StringBuilder kept = new StringBuilder();
        int seen = 0;
        while (matcher.find()) {
            matcher.appendReplacement(kept, ++seen <= max ? Matcher.quoteReplacement(matcher.group()) : "");
        }
        matcher.appendTail(kept);
        return kept.toString();
    }

    /** At most {@code max} characters (code points), cut at a word boundary with an ellipsis when too long. */
    static String truncate(String text, int max) {
        if (length(text) <= max) {
            return text;
        }
        String cut = text.substring(0, text.offsetByCodePoints(0, Math.max(0, max - 1)));
        int space = cut.lastIndexOf(' ');
        if (space > cut.length() / 2) {
            cut = cut.substring(0, space);
        }
        return cut.stripTrailing() + "…";
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
