package com.verticallight.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Words kept with a row (as JSON) read back and written in each reader's language, amounts and days by CLDR. */
class WordsTest {

    private static final Locale HINDI = Locale.forLanguageTag("hi");
    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    @Test
    void storedWordsReadBackTheSameAndSpeakEachReadersLanguage() {
        Words words = Words.of("title", Phrase.of("plan.event.title", "festival", Phrase.of("festival.diwali"),
                "city", "Kolkata"), "trigger", Phrase.of("plan.supplier.trigger", "revenue",
                new Money(123456789, "INR"), "half", 2, "year", 2026));
        WordsColumn column = new WordsColumn();
        Words stored = column.convertToEntityAttribute(column.convertToDatabaseColumn(words));

        assertThat(Words.text(stored, "title", Locale.ENGLISH, null))
                .isEqualTo("Plan a stall or offer for Diwali in Kolkata");
        assertThat(Words.text(stored, "title", HINDI, null)).isEqualTo("Kolkata में दिवाली के लिए स्टॉल या ऑफ़र की योजना बनाएँ");
        assertThat(Words.text(stored, "trigger", HINDI, null)).contains("₹12,34,567.89").contains("जुलाई से दिसंबर 2026")
                .doesNotContain("INR");
        assertThat(Words.text(stored, "trigger", Locale.ENGLISH, null)).contains("₹12,34,567.89");
        assertThat(Words.text(stored, "reason", HINDI, "as typed")).isEqualTo("as typed");
        assertThat(stored.english("title")).isEqualTo("Plan a stall or offer for Diwali in Kolkata");
    }

    @Test
    void daysCountriesAndPluralsAreWrittenForTheLanguage() {
        Phrase trigger = Phrase.of("plan.event.trigger", "festival", Phrase.of("festival.new-years-eve"),
                "day", LocalDate.of(2026, 12, 31), "days", 24, "city", "Kolkata", "country", Map.of("country", "IN"));
        assertThat(trigger.in(Locale.ENGLISH))
                .isEqualTo("New Year's Eve is on Dec 31, 2026, 24 days away, in Kolkata (festival calendar of India).");
        assertThat(trigger.in(HINDI)).contains("31 दिस॰ 2026").contains("भारत").doesNotContain("2026-12-31");
        assertThat(trigger.in(ARABIC)).contains("الهند").contains("ليلة رأس السنة").doesNotContain("2026-12-31");
        assertThat(Phrase.of("plan.event.reason", "festival", "Holi", "day", LocalDate.of(2027, 3, 22), "days", 1,
                "city", "Pune").in(Locale.ENGLISH)).contains("1 day away");
    }
}
