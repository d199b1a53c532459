package com.verticallight.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QuteTemplatesTest {

    @Test
    void placeholdersAreFilledByQuteAndUnknownOnesStayAsWritten() {
        assertThat(ContentRules.render("Dear {reviewer}, thanks for visiting {business} in {city}! {offer_hint}",
                Map.of("reviewer", "Asha", "business", "Glow {Salon}", "city", "Kolkata")))
                .isEqualTo("Dear Asha, thanks for visiting Glow {Salon} in Kolkata! {offer_hint}");
    }

    @Test
    void anEmptyValueLeavesNoDoubleSpaceAndHindiIsKept() {
        assertThat(ContentRules.render("{festival} की शुभकामनाएँ {offer_hint} — {business}",
                Map.of("festival", "दिवाली", "offer_hint", "", "business", "ग्लो सैलून")))
                .isEqualTo("दिवाली की शुभकामनाएँ — ग्लो सैलून");
    }

    @Test
    void textIsNotHtmlEscaped() {
        assertThat(ContentRules.render("{business} & friends <3", Map.of("business", "Tom & Jerry's")))
                .isEqualTo("Tom & Jerry's & friends <3");
    }
}
