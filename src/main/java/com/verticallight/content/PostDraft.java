package com.verticallight.content;

import java.util.List;

/**
 * A post ready for one platform. hashtags are already included in text where the platform uses them.
 *
 * @param theme    the content theme code of the day (e.g. styling_tips)
 * @param festival the key of the festival the post is about (e.g. diwali), or null for an everyday post
 * @param language the language of the text (primary subtag: en, hi, es, fr, de, ja, zh for Simplified Chinese, ar)
 */
public record PostDraft(String text, List<String> hashtags, String theme, String festival, String language,
        boolean needsImage) {
}
