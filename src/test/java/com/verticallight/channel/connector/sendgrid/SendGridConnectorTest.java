package com.verticallight.channel.connector.sendgrid;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.verticallight.channel.connector.Failures.failureOf;
import static com.verticallight.channel.connector.LivePlatform.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.channel.connector.ActionResult;
import com.verticallight.channel.connector.ConnectionDetails;
import com.verticallight.channel.connector.Connections;
import com.verticallight.channel.connector.LivePlatform;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.OutboundAction.ActionType;
import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.connector.PlatformFailure.Kind;
import com.verticallight.channel.connector.SandboxHttp;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SendGridConnectorTest {

    private static LivePlatform platform;
    private static SendGridConnector connector;
    private final ConnectionDetails connection = Connections.of(
            Map.of("fromEmail", "hello@asha-salon.in", "fromName", "Asha Salon"), Map.of("apiKey", "SG.secret"));

    @BeforeAll
    static void start() {
        platform = new LivePlatform();
        connector = new SendGridConnector(platform.baseUrl());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @BeforeEach
    void reset() {
        platform.wireMock.resetAll();
        platform.wireMock.stubFor(post(urlEqualTo("/v3/mail/send")).willReturn(aResponse().withStatus(202)
                .withHeader("X-Message-Id", "14c5d75ce93.dfd.64b469.filter0001")));
    }

    @Test
    void mailHasPlainTextBeforeHtmlAndStringCustomArgs() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("delivery_id", "d-1");
        data.put("attempt", 2);

        ActionResult result = await(connector.perform(email("Your visit", "Thanks!", "<p>Thanks!</p>", data),
                connection, platform.http));

        assertThat(result.platformId()).isEqualTo("14c5d75ce93.dfd.64b469.filter0001");
        platform.wireMock.verify(postRequestedFor(urlEqualTo("/v3/mail/send"))
                .withHeader("Authorization", equalTo("Bearer SG.secret"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"personalizations":[{"to":[{"email":"ravi@example.com","name":"Ravi"}]}],
                         "from":{"email":"hello@asha-salon.in","name":"Asha Salon"},"subject":"Your visit",
                         "content":[{"type":"text/plain","value":"Thanks!"},{"type":"text/html","value":"<p>Thanks!</p>"}],
                         "custom_args":{"attempt":"2","delivery_id":"d-1"}}""")));
    }

    @Test
    void htmlOnlyMailWithoutCustomArgs() {
        await(connector.perform(email("Hi", null, "<b>Hi</b>", null), connection, platform.http));

        platform.wireMock.verify(postRequestedFor(urlEqualTo("/v3/mail/send")).withRequestBody(equalToJson("""
                {"personalizations":[{"to":[{"email":"ravi@example.com","name":"Ravi"}]}],
                 "from":{"email":"hello@asha-salon.in","name":"Asha Salon"},"subject":"Hi",
                 "content":[{"type":"text/html","value":"<b>Hi</b>"}]}""")));
    }

    @Test
    void testRequestReadsTheScopes() {
        platform.wireMock.stubFor(get(urlEqualTo("/v3/scopes")).willReturn(okJson("{\"scopes\":[\"mail.send\"]}")));

        assertThat(await(platform.http.send(connector.testRequest(connection))).isSuccess()).isTrue();
        platform.wireMock.verify(getRequestedFor(urlEqualTo("/v3/scopes"))
                .withHeader("Authorization", equalTo("Bearer SG.secret")));
    }

    @Test
    void errorsAreClassified() {
        assertThat(failure(401).kind()).isEqualTo(Kind.AUTH_EXPIRED);
        assertThat(failure(403).kind()).isEqualTo(Kind.AUTH_EXPIRED);
        assertThat(failure(429).kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failure(502).kind()).isEqualTo(Kind.TRANSIENT);
        PlatformFailure invalid = failure(400);
        assertThat(invalid.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(invalid.getMessage()).contains("The from email does not contain a valid address.");
    }

    @Test
    void rejectsMissingSubjectAndOtherTypes() {
        PlatformFailure subject = failureOf(connector.perform(email(null, "Hi", null, null), connection,
                platform.http));
        PlatformFailure text = failureOf(connector.perform(OutboundAction.text("+919812345678", "Hi"), connection,
                platform.http));

        assertThat(subject.getMessage()).contains("subject");
        assertThat(text.getMessage()).contains("TEXT").contains("EMAIL_SENDGRID");
        assertThat(platform.wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void sandboxAnswers202WithAMessageIdHeader() {
        ActionResult result = await(connector.perform(email("Hi", "Hi", null, null), connection,
                new SandboxHttp(connector, "m5")));

        assertThat(result.platformId()).isEqualTo("sandbox-m5");
    }

    @Test
    void redactedRequestHidesTheApiKey() {
        assertThat(connector.testRequest(connection).redacted().header("Authorization")).isEqualTo("Bearer ***");
    }

    private PlatformFailure failure(int status) {
        platform.wireMock.stubFor(post(urlEqualTo("/v3/mail/send")).willReturn(aResponse().withStatus(status)
                .withBody("{\"errors\":[{\"message\":\"The from email does not contain a valid address.\","
                        + "\"field\":\"from.email\",\"help\":null}]}")));
        return failureOf(connector.perform(email("Hi", "Hi", null, null), connection, platform.http));
    }

    private static OutboundAction email(String subject, String text, String html, Map<String, Object> data) {
        return new OutboundAction(ActionType.EMAIL, "ravi@example.com", "Ravi", text, html, subject, null, null,
                null, null, null, null, null, null, null, null, null, data);
    }
}
