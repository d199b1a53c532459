package com.verticallight.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.platform.json.JsonText;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a socket is sent: the NOTIFY that carries the message, and each socket's memory of what it got. */
class SocketMessagesTest {

    private static NotificationView view(long sequence, String body) {
        Instant at = Instant.parse("2026-12-07T10:15:30.123456Z");
        return new NotificationView(UUID.randomUUID(), sequence, Category.LEAD, Urgency.HIGH, "New lead: Riya", body,
                "/leads/1", 1, at, at, null, List.of());
    }

    @Test
    void theNotifyCarriesTheSocketMessageUnlessItIsTooLongForPostgresql() {
        UUID tenant = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        NotificationView small = view(42, "Call back | today");
        String payload = NotificationFanOut.payload(tenant, person, small);
        assertThat(payload).startsWith("m|" + tenant + "|" + person + "|42|");
        String message = payload.split("\\|", 5)[4];
        assertThat(message).isEqualTo(NotificationSocket.message(small));
        assertThat(JsonText.tree(message).path("notification").path("body").asText()).isEqualTo("Call back | today");

        // 2,000 Devanagari characters are 6,000 bytes: with the rest, over PostgreSQL's 8,000-byte NOTIFY limit
        NotificationView large = view(43, "क".repeat(2000) + "ख".repeat(700));
        assertThat(NotificationFanOut.payload(tenant, person, large)).isEqualTo("n|" + tenant + "|" + person + "|43");
    }

    @Test
    void aSocketGetsEachSequenceOnceEvenOutOfOrder() {
        SentSequences sent = new SentSequences(10);
        assertThat(sent.first(10)).as("the client has it already").isFalse();
        assertThat(sent.first(12)).isTrue();
        assertThat(sent.first(11)).as("committed after 12, still sent").isTrue();
        assertThat(sent.first(12)).as("the replay racing the live one").isFalse();
        for (long s = 13; s < 40; s++) {
            assertThat(sent.first(s)).isTrue();
        }
    }
}
