package com.verticallight.channel.connector.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.verticallight.channel.connector.Failures.failureOf;
import static com.verticallight.channel.connector.LivePlatform.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.verticallight.channel.connector.ActionResult;
import com.verticallight.channel.connector.ConnectionDetails;
import com.verticallight.channel.connector.Connections;
import com.verticallight.channel.connector.LivePlatform;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.connector.PlatformFailure.Kind;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.SandboxHttp;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TwilioSmsConnectorTest {

    private static final String MESSAGES = "/2010-04-01/Accounts/AC0123/Messages.json";
    private static final Map<String, String> CREDENTIALS = Map.of("accountSid", "AC0123", "authToken", "tw-secret");
    private static LivePlatform platform;
    private static TwilioSmsConnector connector;

    @BeforeAll
    static void start() {
        platform = new LivePlatform();
        connector = new TwilioSmsConnector(platform.baseUrl());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @BeforeEach
    void reset() {
        platform.wireMock.resetAll();
        platform.wireMock.stubFor(post(urlEqualTo(MESSAGES)).willReturn(okJson(
                "{\"sid\":\"SM42\",\"status\":\"queued\"}").withStatus(201)));
    }

    @Test
    void textIsAFormPostWithFromBodyAndStatusCallback() {
        ConnectionDetails connection = Connections.of(Map.of("from", "+15005550006",
                "statusCallbackUrl", "https://app.example.com/hooks/twilio/status"), CREDENTIALS);

        ActionResult result = await(connector.perform(OutboundAction.text("+919812345678", "Namaste Asha & team"),
                connection, platform.http));

        assertThat(result).isEqualTo(new ActionResult("SM42", "queued", null));
        platform.wireMock.verify(postRequestedFor(urlEqualTo(MESSAGES))
                .withBasicAuth(new BasicCredentials("AC0123", "tw-secret"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("To=%2B919812345678&From=%2B15005550006&Body=Namaste+Asha+%26+team"
                        + "&StatusCallback=https%3A%2F%2Fapp.example.com%2Fhooks%2Ftwilio%2Fstatus")));
    }

    @Test
    void messagingServiceReplacesFrom() {
        ConnectionDetails connection = Connections.of(Map.of("from", "+15005550006",
                "messagingServiceSid", "MG9"), CREDENTIALS);

        await(connector.perform(OutboundAction.text("+919812345678", "Hi"), connection, platform.http));

        platform.wireMock.verify(postRequestedFor(urlEqualTo(MESSAGES))
                .withBasicAuth(new BasicCredentials("AC0123", "tw-secret"))
                .withRequestBody(equalTo("To=%2B919812345678&MessagingServiceSid=MG9&Body=Hi")));
    }

    @Test
    void testRequestReadsTheAccount() {
        platform.wireMock.stubFor(get(urlEqualTo("/2010-04-01/Accounts/AC0123.json"))
                .willReturn(okJson("{\"sid\":\"AC0123\",\"status\":\"active\"}")));

        assertThat(await(platform.http.send(connector.testRequest(connection()))).isSuccess()).isTrue();
        platform.wireMock.verify(getRequestedFor(urlEqualTo("/2010-04-01/Accounts/AC0123.json"))
                .withBasicAuth(new BasicCredentials("AC0123", "tw-secret")));
    }

    @Test
    void errorsAreClassifiedByTwilioCode() {
        assertThat(failure(401, "{\"code\":20003,\"message\":\"Authenticate\",\"status\":401}", null).kind())
                .isEqualTo(Kind.AUTH_EXPIRED);
        PlatformFailure unsubscribed = failure(400,
                "{\"code\":21610,\"message\":\"Attempt to send to unsubscribed recipient\",\"status\":400}", null);
        assertThat(unsubscribed.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(unsubscribed.platformCode()).isEqualTo("21610");
        PlatformFailure throttled = failure(429, "{\"code\":20429,\"message\":\"Too Many Requests\"}", "12");
        assertThat(throttled.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(throttled.retryAfterSeconds()).isEqualTo(12L);
        assertThat(failure(503, "", null).kind()).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void rejectsOtherTypesAndNumbersThatAreNotE164() {
        PlatformFailure type = failureOf(connector.perform(OutboundAction.post("Hi", null, null), connection(),
                platform.http));
        PlatformFailure number = failureOf(connector.perform(OutboundAction.text("09812345678", "Hi"), connection(),
                platform.http));

        assertThat(type.getMessage()).contains("POST").contains("SMS_TWILIO");
        assertThat(number.kind()).isEqualTo(Kind.REJECTED);
        assertThat(number.getMessage()).contains("\"to\"");
    }

    @Test
    void sandboxAnswersQueuedLikeTwilio() {
        SandboxHttp sandbox = new SandboxHttp(connector, "77");

        ActionResult result = await(connector.perform(OutboundAction.text("+919812345678", "Hi"), connection(),
                sandbox));

        assertThat(result).isEqualTo(new ActionResult("SMsandbox77", "queued", null));
        assertThat(connector.sandboxResponse(sandbox.sent.get(0), "77").status()).isEqualTo(201);
    }

    @Test
    void redactedRequestHidesBasicCredentials() {
        PlatformRequest redacted = connector.testRequest(connection()).redacted();

        assertThat(redacted.header("Authorization")).isEqualTo("Basic ***");
    }

    private PlatformFailure failure(int status, String body, String retryAfter) {
        HttpHeaders headers = retryAfter == null ? HttpHeaders.noHeaders()
                : new HttpHeaders(new HttpHeader("Retry-After", retryAfter));
        platform.wireMock.stubFor(post(urlEqualTo(MESSAGES)).willReturn(aResponse().withStatus(status)
                .withHeaders(headers).withBody(body)));
        return failureOf(connector.perform(OutboundAction.text("+919812345678", "Hi"), connection(), platform.http));
    }

    private static ConnectionDetails connection() {
        return Connections.of(Map.of("from", "+15005550006"), CREDENTIALS);
    }
}
