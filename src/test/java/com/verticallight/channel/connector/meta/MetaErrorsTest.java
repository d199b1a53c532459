package com.verticallight.channel.connector.meta;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.connector.PlatformFailure.Kind;
import com.verticallight.channel.connector.PlatformResponse;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MetaErrorsTest {

    @Test
    void successIsNotAFailure() {
        assertThat(MetaErrors.classify("WhatsApp", new PlatformResponse(200, Map.of(), "{}"))).isNull();
    }

    @Test
    void expiredTokenNeedsReauthorisation() {
        PlatformFailure failure = classify(401, Map.of(), error(190, "Error validating access token"));

        assertThat(failure.kind()).isEqualTo(Kind.AUTH_EXPIRED);
        assertThat(failure.platformCode()).isEqualTo("190");
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 17, 32, 613, 80001, 80004, 80009, 130429})
    void throttlingCodesAreRateLimits(int code) {
        PlatformFailure failure = classify(400, Map.of(), error(code, "Too many calls"));

        assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failure.platformCode()).isEqualTo(String.valueOf(code));
    }

    @ParameterizedTest
    @ValueSource(ints = {131047, 131026, 131056, 131051, 100})
    void otherClientErrorsArePermanentWithCodeAndMessage(int code) {
        PlatformFailure failure = classify(400, Map.of(), error(code, "Meta says no"));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.platformCode()).isEqualTo(String.valueOf(code));
        assertThat(failure.getMessage()).contains("Meta says no");
    }

    @Test
    void http429CarriesRetryAfterSeconds() {
        PlatformFailure failure = classify(429, Map.of("retry-after", "30"), "");

        assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failure.retryAfterSeconds()).isEqualTo(30L);
    }

    @Test
    void serverErrorsAreTransient() {
        PlatformFailure failure = classify(503, Map.of(), "<html>Service Unavailable</html>");

        assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(failure.isRetryable()).isTrue();
    }

    @Test
    void notRateLimitCodesNearTheRange() {
        assertThat(MetaErrors.isRateLimit(80000)).isFalse();
        assertThat(MetaErrors.isRateLimit(80010)).isFalse();
    }

    private static PlatformFailure classify(int status, Map<String, String> headers, String body) {
        return MetaErrors.classify("WhatsApp", new PlatformResponse(status, headers, body));
    }

    private static String error(int code, String message) {
        return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
                + ",\"error_subcode\":463,\"fbtrace_id\":\"AxYz\"}}";
    }
}
