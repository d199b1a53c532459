package com.verticallight.intelligence.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.execution.Priority;
import com.verticallight.i18n.Phrase;
import com.verticallight.platform.json.JsonText;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An insight's words from its evidence: the stored English and the phrase a notification keeps agree. */
class InsightTextsTest {

    @Test
    void aForecastDropIsWrittenFromItsEvidenceInEnglishAndReadBackInHindiAfterJson() {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("version", 2);
        evidence.put("target", "REVENUE");
        evidence.put("currency", "INR");
        evidence.put("dropPercent", 23.6);
        evidence.put("expectedMinor", 3_800_000L);
        evidence.put("lowerMinor", 3_000_000L);
        evidence.put("upperMinor", 4_000_000L);
        evidence.put("usualMinor", 12_500_000L);

        Finding finding = Finding.written("forecast_drop", "revenue", Priority.HIGH, 1, evidence);
        assertThat(finding.title()).isEqualTo("Revenue for the next 7 days expected at ₹38,000 (₹30,000–₹40,000), "
                + "below the usual ₹1,25,000");
        assertThat(finding.description()).startsWith("The forecast model (version 2) expects 24% less than");

        Phrase kept = JsonText.read(JsonText.write(InsightTexts.titleWords("forecast_drop", evidence)), Phrase.class);
        assertThat(kept.in(Locale.ENGLISH)).isEqualTo(finding.title());
        assertThat(kept.in(Locale.forLanguageTag("hi"))).startsWith("अगले 7 दिनों की आय ₹38,000")
                .contains("₹1,25,000");
    }

    @Test
    void aTypeNoCatalogueKnowsHasNoTitleWords() {
        assertThat(InsightTexts.titleWords("no_such_type", Map.of("a", 1))).isNull();
    }
}
