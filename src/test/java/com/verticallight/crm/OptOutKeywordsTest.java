package com.verticallight.crm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OptOutKeywordsTest {

    @ParameterizedTest
    @ValueSource(strings = { "STOP", "stop", "  Stop  ", "STOP!", "stop.", "StopAll", "UNSUBSCRIBE",
            "End", "quit", "\"STOP\"", "STOP 🙏", "रोकें", "बंद करें", "बंद", " बंद  करें। ", "बंद!" })
    void theseAskToStop(String text) {
        assertThat(OptOutKeywords.isOptOut(text)).isTrue();
        assertThat(OptOutKeywords.isOptIn(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "please don't stop", "STOP sending me offers now", "stopped", "S T O P",
            "START", "weekend", "बंद करो मत", "friend",
            // "cancel" cancels an appointment (AppointmentReplyListener); it does not end all messages
            "cancel", "CANCEL" })
    void theseDoNot(String text) {
        assertThat(OptOutKeywords.isOptOut(text)).isFalse();
    }

    @Test
    void nullIsNeither() {
        assertThat(OptOutKeywords.isOptOut(null)).isFalse();
        assertThat(OptOutKeywords.isOptIn(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "START", "start", "Start!", "UNSTOP", "unstop", "शुरू", " शुरू। " })
    void theseAskToStartAgain(String text) {
        assertThat(OptOutKeywords.isOptIn(text)).isTrue();
        assertThat(OptOutKeywords.isOptOut(text)).isFalse();
    }
}
