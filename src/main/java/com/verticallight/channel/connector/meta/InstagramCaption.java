package com.verticallight.channel.connector.meta;

import com.verticallight.channel.connector.PlatformFailure;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Instagram's caption rules: at most 2,200 characters, 30 hashtags and 20 @-mentions. Public so that the content
 * generator writes captions by the same rules the connector checks.
 */
public final class InstagramCaption {

    public static final int MAX_CHARACTERS = 2_200;
    public static final int MAX_HASHTAGS = 30;
    public static final int MAX_MENTIONS = 20;
    private static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\p{N}_]+");
    private static final Pattern MENTION = Pattern.compile("@[\\p{L}\\p{N}_.]+");

    private InstagramCaption() {
    }

    /** Rejects a caption that breaks a rule, saying which; a null caption is allowed. */
    static void check(String caption) {
        if (caption == null) {
            return;
        }
        int characters = caption.codePointCount(0, caption.length());
        if (characters > MAX_CHARACTERS) {
            throw PlatformFailure.rejected("Instagram caption has " + characters + " characters; the limit is "
                    + MAX_CHARACTERS);
        }
        int hashtags = hashtags(caption);
        if (hashtags > MAX_HASHTAGS) {
            throw PlatformFailure.rejected("Instagram caption has " + hashtags + " hashtags; the limit is "
                    + MAX_HASHTAGS);
        }
        int mentions = mentions(caption);
        if (mentions > MAX_MENTIONS) {
            throw PlatformFailure.rejected("Instagram caption has " + mentions + " @-mentions; the limit is "
                    + MAX_MENTIONS);
        }
    }

    /** How many hashtags Instagram counts in the text. */
    public static int hashtags(String text) {
        return count(HASHTAG, text);
    }

    /** How many @-mentions Instagram counts in the text. */
    public static int mentions(String text) {
        return count(MENTION, text);
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
