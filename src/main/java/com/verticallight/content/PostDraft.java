package com.verticallight.content;

import java.util.List;

public record PostDraft(String text, List<String> hashtags, String theme, String festival, String language,
        boolean needsImage) {
}
