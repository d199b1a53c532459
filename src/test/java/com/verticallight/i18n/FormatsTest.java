package com.verticallight.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void rupeesUseIndianGroupingInHindiAndIndianEnglish() {
        assertEquals("₹12,34,567.89", Formats.money(123456789, "INR", Locale.forLanguageTag("hi-IN")));
        assertEquals("₹12,34,567.89", Formats.money(123456789, "INR", Locale.forLanguageTag("hi")));
        assertEquals("₹12,34,567.89", Formats.money(123456789, "INR", Locale.forLanguageTag("en-IN")));
        assertEquals("₹2,700", Formats.money(270000, "INR", Locale.forLanguageTag("en-IN")));
    }

    @Test
    void theBusinessCurrencyIsWrittenTheReadersWay() {
        assertEquals("12.345,67 €", Formats.money(1234567, "EUR", Locale.GERMANY).replace('\u00a0', ' '));
        assertEquals("$12,345.67", Formats.money(1234567, "USD", Locale.US));
        assertEquals("1,235", Formats.money(1235, "JPY", Locale.JAPAN).replaceAll("[^0-9,]", "")); // no minor unit
    }

    @Test
    void relativeTimesAndPluralsComeFromCldr() {
        assertEquals("in 3 hours", Formats.relative(Duration.ofHours(3), Locale.ENGLISH));
        assertEquals("2 दिन पहले", Formats.relative(Duration.ofDays(-2), Locale.forLanguageTag("hi")));
    }

    @Test
    void readerLanguageIsPersonThenRequestThenBusinessThenEnglish() {
        assertEquals("hi", Languages.resolve("hi", "ar", "fr-FR").toLanguageTag());
        assertEquals("ar", Languages.resolve(null, "xx, ar-EG;q=0.8, en;q=0.5", "fr-FR").toLanguageTag());
        assertEquals("fr", Languages.resolve(null, "tlh", "fr-FR").toLanguageTag());
        assertEquals("en", Languages.resolve(null, "not a header;;;", null).toLanguageTag());
        assertEquals("zh-CN", Languages.resolve("zh-Hans", null, null).toLanguageTag());
        assertEquals("en-IN", Languages.forFormats(Locale.ENGLISH, "en-IN").toLanguageTag());
    }

    @Test
    void catalogueFillsArgumentsInTheReadersLanguage() {
        assertEquals("नहीं मिला: Contact", Catalogue.messages().format(Locale.forLanguageTag("hi"),
                "problem.detail.notFound", Map.of("what", "Contact")));
        assertEquals("size must be between 0 and 2147483647", Catalogue.messages().format(Locale.ENGLISH,
                "jakarta.validation.constraints.Size.message", Map.of("min", 0, "max", Integer.MAX_VALUE)));
    }

    @Test
    void pluralsFollowEachLanguagesRules() {
        Catalogue texts = Catalogue.messages();
        assertEquals("Answer 1 review waiting for a reply", texts.format(Locale.ENGLISH,
                "insight.unanswered_reviews.title", Map.of("unansweredReviews", 1)));
        assertEquals("Answer 3 reviews waiting for a reply", texts.format(Locale.ENGLISH,
                "insight.unanswered_reviews.title", Map.of("unansweredReviews", 3)));
        assertEquals("تقييمان ينتظران الرد", texts.format(Locale.forLanguageTag("ar"),
                "insight.unanswered_reviews.title", Map.of("unansweredReviews", 2)));
    }
}
