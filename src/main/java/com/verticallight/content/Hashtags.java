package com.verticallight.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Hashtags made of letters and digits only, from names, places, themes and festivals (#GlowBeautySalon). */
final class Hashtags {

    static final int MAX_LENGTH = 60;

    private static final Map<String, String> LOCAL_NOUN = Map.of(
            "salon", "Salon", "restaurant", "Food", "clinic", "Clinic", "retail", "Shopping",
            "home_service", "HomeServices", "gym", "Fitness");

    private Hashtags() {
    }

    /**
     * One hashtag from free text: accents dropped, apostrophes removed, each word capitalised and joined
     * ("New Year's Day" → #NewYearsDay, "styling_tips" → #StylingTips). Null when nothing Latin is left
     * (e.g. a name written only in Devanagari).
     */
    static String of(String text) {
        if (text == null) {
            return null;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("['’`]", "");
        StringBuilder tag = new StringBuilder();
        for (String word : plain.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                tag.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        if (tag.isEmpty() || tag.length() > MAX_LENGTH) {
            return null;
        }
        return "#" + tag;
    }

    /**
     * A hashtag in any script for a name that has no Latin letters (दिवाली → #दिवाली, عيد الأضحى → #عيد_الأضحى):
     * letters, their marks and digits, words joined by an underscore. Null when nothing is left.
     */
    static String inScript(String text) {
        if (text == null) {
            return null;
        }
        String tag = String.join("_", text.strip().split("[^\\p{L}\\p{M}\\p{N}]+")).replaceAll("^_+|_+$", "");
        if (tag.isEmpty() || tag.codePointCount(0, tag.length()) > MAX_LENGTH) {
            return null;
        }
        return "#" + tag;
    }

    /**
     * The hashtags of a post, most specific first: festival, business, city, then in English posts the city with the
     * kind of business, the theme, the festival's themes and #SupportLocal (tags made of English words, which a post in
     * another language does not carry). The festival's tag is its name in the post's language (#Navidad, #दिवाली).
     * Platforms take as many as they allow from the front.
     */
    static List<String> forPost(ContentRules.Subject subject, String theme, FestivalEntry festival, String language) {
        boolean english = ContentRules.DEFAULT_LANGUAGE.equals(language);
        List<String> candidates = new ArrayList<>();
        if (festival != null) {
            String name = festival.nameIn(language);
            candidates.add(of(name) != null ? of(name) : inScript(name));
        }
        candidates.add(of(subject.name()));
        candidates.add(of(subject.city()));
        if (english) {
            String noun = LOCAL_NOUN.get(subject.category());
            if (noun != null && subject.city() != null) {
                candidates.add(of(subject.city() + " " + noun));
            }
            candidates.add(of(theme));
            if (festival != null && festival.themes != null) {
                festival.themes.forEach(t -> candidates.add(of(t)));
            }
            candidates.add("#SupportLocal");
        }
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String tag : candidates) {
            if (tag != null) {
                distinct.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
            }
        }
        return List.copyOf(distinct.values());
    }
}
