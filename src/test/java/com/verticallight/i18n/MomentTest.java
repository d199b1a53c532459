package com.verticallight.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A moment argument is a date and time written the reader's way, in the business's zone or in UTC named. */
class MomentTest {

    private static final Locale HINDI = Locale.forLanguageTag("hi");
    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final Instant AT = Instant.parse("2026-12-07T20:34:00Z");

    @Test
    void withNoZoneItIsUtcNamedInEachLanguage() {
        Phrase reason = Phrase.of("leadAd.reason", "lead", "L1", "at", Moment.of(AT), "why", "x");
        assertThat(reason.in(Locale.ENGLISH)).contains("Dec 7, 2026, 8:34 PM UTC").doesNotContain("2026-12-07");
        assertThat(reason.in(HINDI)).contains("7 दिस॰ 2026, 8:34 pm UTC").doesNotContain("2026-12-07");
        assertThat(reason.in(ARABIC)).contains("07\u200F/12\u200F/2026").contains("8:34").doesNotContain("2026-12-07")
                .doesNotContain("T20");
    }

    @Test
    void withTheBusinessZoneItIsThatZonesClockUnnamed() {
        Phrase reason = Phrase.of("leadAd.reason", "lead", "L1", "at",
                Moment.in(AT, ZoneId.of("Asia/Kolkata")), "why", "x");
        assertThat(reason.in(Locale.ENGLISH)).contains("Dec 8, 2026, 2:04 AM").doesNotContain("UTC");
        assertThat(reason.in(HINDI)).contains("8 दिस॰ 2026, 2:04 am");
        assertThat(reason.in(ARABIC)).contains("08\u200F/12\u200F/2026").contains("2:04");
    }

    @Test
    void storedWordsKeepTheMomentAndItsZone() {
        Words words = Words.of("reason", Phrase.of("leadAd.reason", "lead", "L1", "at",
                Moment.in(AT, ZoneId.of("Asia/Kolkata")), "why", "x"), "trigger", Phrase.of("deadLetter.reason",
                "what", "W", "at", Moment.of(AT), "attempts", 3, "error", "e", "fromCustomer", "no", "id", "7"));
        WordsColumn column = new WordsColumn();
        String json = column.convertToDatabaseColumn(words);
        Words stored = column.convertToEntityAttribute(json);

        assertThat(json).contains("\"instant\":\"2026-12-07T20:34:00Z\"").contains("\"zone\":\"Asia/Kolkata\"");
        assertThat(Words.text(stored, "reason", HINDI, null)).contains("8 दिस॰ 2026, 2:04 am");
        assertThat(Words.text(stored, "trigger", Locale.ENGLISH, null)).contains("Dec 7, 2026, 8:34 PM UTC");
        assertThat(Words.text(stored, "trigger", ARABIC, null)).contains("07\u200F/12\u200F/2026");
    }
}
