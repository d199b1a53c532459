package com.verticallight.appointment;

import static com.verticallight.appointment.ReplyWords.Intent.CANCEL;
import static com.verticallight.appointment.ReplyWords.Intent.CONFIRM;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyWordsTest {

    @ParameterizedTest
    @ValueSource(strings = { "confirm", "CONFIRM", " Yes! ", "yes.", "haan", "Haan",
            "हाँ", "हां", "confirm karo", "Confirm  Karo", "ok" })
    void confirmations(String text) {
        assertThat(ReplyWords.intentOf(text)).contains(CONFIRM);
    }

    @ParameterizedTest
    @ValueSource(strings = { "cancel", "Cancel.", "radd", "RADD karo", "रद्द", "रद्द करें" })
    void cancellations(String text) {
        assertThat(ReplyWords.intentOf(text)).contains(CANCEL);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "yes but can we move it?", "please cancel my order of shampoo", "no", "stop",
            "confirmation" })
    void anythingElseIsNeither(String text) {
        assertThat(ReplyWords.intentOf(text)).isEmpty();
    }
}
