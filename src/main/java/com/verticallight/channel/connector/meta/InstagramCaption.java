package com.verticallight.channel.connector.meta;

import com.verticallight.channel.connector.PlatformFailure;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Instagram's caption rules: at most 2,200 characters, 30 hashtags and 20 @-mentions. */
final class InstagramCaption {

    static final int MAX_CHARACTERS = 2_200;
    static final int MAX_HASHTAGS = 30;
    static final int MAX_MENTIONS = 20;
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
        int hashtags = count(HASHTAG, caption);
        if (hashtags > MAX_HASHTAGS) {
            throw PlatformFailure.rejected("Instagram caption has " + hashtags + " hashtags; the limit is "
                    + MAX_HASHTAGS);
        }
        int mentions = count(MENTION, caption);
        if (mentions > MAX_MENTIONS) {
            throw PlatformFailure.rejected("Instagram caption has " + mentions + " @-mentions; the limit is "
                    + MAX_MENTIONS);
        }
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
