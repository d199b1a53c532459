package com.verticallight.channel.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Which requests without an answer may be sent again: never a write that may have reached the platform. */
class NoAnswerTest {

    private static PlatformRequest request(String method) {
        return new PlatformRequest(method, "https://graph.facebook.com/v21.0/1/feed", Map.of(), null);
    }

    @Test
    void aWriteWithoutAnAnswerMayHaveArrivedAndIsNotRetried() {
        PlatformFailure timedOut = VertxPlatformHttp.noAnswer(request("POST"), new TimeoutException());
        PlatformFailure cut = VertxPlatformHttp.noAnswer(request("PUT"), new IOException("Connection reset"));
        assertThat(timedOut.mayHaveArrived()).isTrue();
        assertThat(timedOut.isRetryable()).isFalse();
        assertThat(timedOut.kind()).isEqualTo(PlatformFailure.Kind.TRANSIENT);
        assertThat(timedOut.getMessage()).contains("graph.facebook.com").contains("it may have arrived");
        assertThat(cut.isRetryable()).isFalse();
    }

    @Test
    void aRequestThatNeverLeftOrAReadIsRetried() {
        PlatformFailure refused = VertxPlatformHttp.noAnswer(request("POST"),
                new RuntimeException(new ConnectException("Connection refused")));
        PlatformFailure read = VertxPlatformHttp.noAnswer(request("GET"), new TimeoutException());
        assertThat(refused.isRetryable()).isTrue();
        assertThat(refused.mayHaveArrived()).isFalse();
        assertThat(read.isRetryable()).isTrue();
    }
}
