package com.verticallight.content;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.verticallight.business.Business;
import com.verticallight.business.CategoryConfig;
import com.verticallight.channel.ChannelKind;
import com.verticallight.i18n.Catalogue;
import com.verticallight.i18n.Languages;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The built-in generator's rules, free of I/O (but for the customer catalogue's words, read once from the class
 * path) so they are tested on plain rows: which theme, festival, language
 * and template a business gets on a day, and how the template's placeholders are filled.
 *
 * <ul>
 * <li>Theme: the business's content themes rotated by day of year (generic themes when it has none).</li>
 * <li>Festival: the nearest festival of the business's country from the date to six days after it (seven days
 * including the date); then a festival_post template names it.</li>
 * <li>Language: the business's customers' language when it is one of the eight the product writes (en, hi, es, fr, de,
 * ja, zh for Simplified Chinese, ar; "zh-CN", "zh_CN" and "zh-Hans" are zh, Traditional Chinese is not) and templates
 * of that kind exist in it, else English. Every placeholder is then filled in that language: the theme's label, the
 * festival's name, {when} and the call to action; the city in the language's own spelling when it is the city of
 * the business's time zone (CLDR's exemplar city, e.g. Kolkata, كالكتا, コルカタ), else as the owner wrote it.</li>
 * <li>Template: among the rows of the business's category and of {@code *}, in id order, one picked from the business
 * id, the platform and the date: the same day always gives the same text, the next day the next template.</li>
 * </ul>
 */
final class ContentRules {

    static final String POST = "post";
    static final String FESTIVAL_POST = "festival_post";
    static final String REVIEW_REPLY = "review_reply";
    static final String OFFER_HINT = "offer_hint";
    static final String DEFAULT_LANGUAGE = "en";
    /** Festivals from the date to this many days after it, inclusive, make a festival post. */
    static final int FESTIVAL_DAYS_AHEAD = 6;
    static final List<String> GENERIC_THEMES = List.of("behind_the_scenes", "customer_testimonials", "our_services",
            "meet_the_team");
    static final int MAX_REVIEWER_NAME = 60;

    /**
     * What the rules need to know of a business. category is the category code (salon, restaurant...); country (ISO
     * 3166, for the way dates are written) and timeZone (for the city's name in other languages) may be null.
     */
    record Subject(UUID businessId, String name, String city, String category, String language, List<String> themes,
            String country, String timeZone) {

        static Subject of(Business business) {
            CategoryConfig config = business.categoryConfig;
            return new Subject(business.id, business.name, business.city,
                    business.category == null ? "other" : business.category.code(), business.language,
                    config == null || config.contentThemes() == null ? List.of() : config.contentThemes(),
                    business.country, business.timeZone);
        }

        /** The locale a text in this language is written in for this business (es + IN gives es-IN). */
        Locale locale(String language) {
            Locale.Builder builder = new Locale.Builder().setLanguage(language);
            try {
                return builder.setRegion(country == null ? "" : country).build();
            } catch (IllformedLocaleException badRegion) {
                return new Locale.Builder().setLanguage(language).build();
            }
        }
    }

    private ContentRules() {
    }

    /**
     * The post of the day for one platform.
     *
     * @param festivals   the country's festivals around the date (any outside the window are ignored)
     * @param themeLabels theme code to its label by language
     */
    static PostDraft dailyPost(Subject subject, ChannelKind platform, LocalDate date, List<ContentTemplate> templates,
            List<FestivalEntry> festivals, Map<String, Map<String, String>> themeLabels) {
        return dailyPost(subject, platform, date, templates, festivals, themeLabels, Set.of());
    }

    /**
     * The post of the day for one platform whose text is none of {@code avoid} (e.g. the texts of the last eight
     * weeks): starting from the day's usual choice, the next template, then the next call to action, until the text
     * is new. When every combination was used, the usual choice.
     */
    static PostDraft dailyPost(Subject subject, ChannelKind platform, LocalDate date, List<ContentTemplate> templates,
            List<FestivalEntry> festivals, Map<String, Map<String, String>> themeLabels, Set<String> avoid) {
        int slot = PlatformFormat.slot(platform);
        String theme = themeOfDay(subject.themes(), date);
        FestivalEntry festival = nearestFestival(festivals, date);
        String kind = festival != null && !candidates(templates, subject.category(),
                language(subject, FESTIVAL_POST, templates), FESTIVAL_POST, null).isEmpty() ? FESTIVAL_POST : POST;
        if (kind.equals(POST)) {
            festival = null; // no festival texts at all: an everyday post
        }
        String language = language(subject, kind, templates);
        List<ContentTemplate> texts = candidates(templates, subject.category(), language, kind, null);
        ContentTemplate template = choose(texts, subject.businessId(), slot, date);
        if (template == null) {
            throw new IllegalStateException("No content templates of kind " + kind + " in " + language);
        }
        List<ContentTemplate> hints = candidates(templates, subject.category(), language, OFFER_HINT, null);
        ContentTemplate hint = choose(hints, subject.businessId(), slot, date);
        Variant variant = new Variant(subject, platform, date, theme, festival, language, themeLabels);
        PostDraft first = variant.render(template, hint);
        int textStart = texts.indexOf(template);
        int hintStart = hint == null ? 0 : hints.indexOf(hint);
        int combinations = texts.size() * Math.max(1, hints.size());
        if (!avoid.contains(first.text())) {
            return first;
        }
        for (int k = 1; k < combinations; k++) {
            PostDraft next = variant.render(texts.get((textStart + k) % texts.size()),
                    hints.isEmpty() ? null : hints.get((hintStart + k / texts.size()) % hints.size()));
            if (!avoid.contains(next.text())) {
                return next;
            }
        }
        return first;
    }

    /** Everything of a day's post but the template and the call to action. */
    private record Variant(Subject subject, ChannelKind platform, LocalDate date, String theme, FestivalEntry festival,
            String language, Map<String, Map<String, String>> themeLabels) {

        PostDraft render(ContentTemplate template, ContentTemplate hint) {
            Map<String, String> values = new HashMap<>();
            values.put("business", clean(subject.name()));
            values.put("city", cityIn(subject, language));
            values.put("theme", themeLabel(theme, language, themeLabels));
            values.put("offer_hint", hint == null ? "" : hint.text);
            if (festival != null) {
                values.put("festival", festival.nameIn(language));
                values.put("when", when(date, festival.date, subject.locale(language)));
            }
            String body = ContentRules.render(template.text, values);
            PlatformFormat.Formatted formatted = PlatformFormat.format(platform, body,
                    Hashtags.forPost(subject, theme, festival, language));
            return new PostDraft(formatted.text(), formatted.hashtags(), theme, festival == null ? null : festival.key,
                    language, PlatformFormat.needsImage(platform));
        }
    }

    /** A public thank-you for a 4 or 5 star review; lower ratings go to a person, so they are refused. */
    static String reviewReply(Subject subject, String reviewerName, int stars, LocalDate date,
            List<ContentTemplate> templates) {
        requireAutomaticReply(stars);
        String language = language(subject, REVIEW_REPLY, templates);
        ContentTemplate template = choose(candidates(templates, subject.category(), language, REVIEW_REPLY, stars),
                subject.businessId(), Objects.hashCode(reviewerName), date);
        if (template == null) {
            throw new IllegalStateException("No review reply templates in " + language);
        }
        String reviewer = clean(reviewerName);
        if (reviewer.isEmpty()) {
            reviewer = Catalogue.customer().format(subject.locale(language), "content.anonymousReviewer");
        }
        Map<String, String> values = Map.of("business", clean(subject.name()), "city", cityIn(subject, language),
                "reviewer", PlatformFormat.truncate(reviewer, MAX_REVIEWER_NAME));
        return render(template.text, values);
    }

    /** Only 4 and 5 star reviews get an automatic reply; lower ratings go to a person. */
    static void requireAutomaticReply(int stars) {
        if (stars < 4 || stars > 5) {
            throw new IllegalArgumentException(stars < 4
                    ? "Reviews below 4 stars are answered by a person, not by a template (got " + stars + ")"
                    : "Stars must be 1 to 5 (got " + stars + ")");
        }
    }

    /** The business's themes (or the generic ones) rotated by day of year. */
    static String themeOfDay(List<String> themes, LocalDate date) {
        List<String> usable = themes == null ? List.of()
                : themes.stream().filter(t -> t != null && !t.isBlank()).toList();
        List<String> rotation = usable.isEmpty() ? GENERIC_THEMES : usable;
        return rotation.get(Math.floorMod(date.getDayOfYear() - 1, rotation.size()));
    }

    /** The first festival on or after the date and at most {@link #FESTIVAL_DAYS_AHEAD} days after it, or null. */
    static FestivalEntry nearestFestival(List<FestivalEntry> festivals, LocalDate date) {
        LocalDate last = date.plusDays(FESTIVAL_DAYS_AHEAD);
        return festivals.stream()
                .filter(f -> f.date != null && !f.date.isBefore(date) && !f.date.isAfter(last))
                .min(Comparator.comparing((FestivalEntry f) -> f.date).thenComparing(f -> f.key))
                .orElse(null);
    }

    /** The business's language as a template language ("hi-IN" → "hi") when templates of the kind exist in it. */
    static String language(Subject subject, String kind, List<ContentTemplate> templates) {
        String primary = primaryLanguage(subject.language());
        boolean available = templates.stream().anyMatch(t -> t.kind.equals(kind) && t.language.equals(primary)
                && applies(t, subject.category()));
        return available ? primary : DEFAULT_LANGUAGE;
    }

    /**
     * The template language of a language tag: the primary subtag of the product language it falls under ("hi-IN" →
     * hi, "zh_CN" or "zh-Hans" → zh, "es-MX" → es); English for a language the product does not write (ta, zh-TW).
     */
    static String primaryLanguage(String languageTag) {
        return Languages.supported(languageTag).map(Locale::getLanguage).orElse(DEFAULT_LANGUAGE);
    }

    /**
     * One of the candidates (in id order): the business's offset, plus one step per day, plus a third of the
     * list per platform slot so the platforms of one day differ. Null when there is none.
     */
    static ContentTemplate choose(List<ContentTemplate> candidates, UUID businessId, int slot, LocalDate date) {
        if (candidates.isEmpty()) {
            return null;
        }
        int size = candidates.size();
        long offset = Math.floorMod(Objects.hashCode(businessId), size);
        long spread = (long) slot * Math.max(1, size / 3);
        return candidates.get((int) Math.floorMod(offset + date.toEpochDay() + spread, (long) size));
    }

    static List<ContentTemplate> candidates(List<ContentTemplate> templates, String category, String language,
            String kind, Integer stars) {
        return templates.stream()
                .filter(t -> t.kind.equals(kind) && t.language.equals(language) && applies(t, category))
                .filter(t -> stars == null || t.stars == null || t.stars.equals(stars))
                .sorted(Comparator.comparing(t -> t.id))
                .toList();
    }

    /**
     * Renders a template with Qute: {business}, {city}, {festival}... from the values; a placeholder without a value
     * stays as written, so a template added as data never fails to render. Tidies the spaces an empty value leaves.
     */
    static String render(String text, Map<String, String> values) {
        return QuteTemplates.render(text, values).replaceAll("[ \\t]{2,}", " ").strip();
    }

    /**
     * today / tomorrow / on Sunday, 8 November in en-IN; आज / कल / रविवार, 8 नवंबर को in hi; hoy / mañana /
     * el domingo, 8 de noviembre in es: the customer catalogue's content.when, the day as CLDR writes it.
     */
    static String when(LocalDate date, LocalDate festivalDate, Locale locale) {
        Calendar day = Calendar.getInstance(TimeZone.GMT_ZONE, ULocale.forLocale(locale));
        day.clear();
        day.set(festivalDate.getYear(), festivalDate.getMonthValue() - 1, festivalDate.getDayOfMonth());
        return Catalogue.customer().format(locale, "content.when",
                Map.of("days", ChronoUnit.DAYS.between(date, festivalDate), "date", day));
    }

    /**
     * The business's city in the language: CLDR's name for it when it is the exemplar city of the business's time
     * zone (Kolkata → कोलकाता, كالكتا, コルカタ, 加尔各答, Calcuta), else as the owner wrote it.
     */
    static String cityIn(Subject subject, String language) {
        String city = clean(subject.city());
        if (city.isEmpty() || subject.timeZone() == null || language.equals(DEFAULT_LANGUAGE)) {
            return city;
        }
        String zone = TimeZone.getCanonicalID(subject.timeZone()); // CLDR keys its names by the canonical id
        String english = zone == null ? null
                : TimeZoneNames.getInstance(ULocale.ENGLISH).getExemplarLocationName(zone);
        if (english == null || !english.equalsIgnoreCase(city)) {
            return city;
        }
        String local = TimeZoneNames.getInstance(ULocale.forLocale(subject.locale(language)))
                .getExemplarLocationName(zone);
        return local == null || local.isBlank() ? city : local;
    }

    static String themeLabel(String theme, String language, Map<String, Map<String, String>> themeLabels) {
        Map<String, String> labels = themeLabels.getOrDefault(theme, Map.of());
        String label = labels.getOrDefault(language, labels.get(DEFAULT_LANGUAGE));
        return label != null ? label : theme.replace('_', ' ').strip();
    }

    private static boolean applies(ContentTemplate template, String category) {
        return template.category.equals(ContentTemplate.ANY_CATEGORY) || template.category.equals(category);
    }

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
