package com.verticallight.channel.connector.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
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
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.SandboxHttp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WhatsAppConnectorTest {

    private static final String SENT = """
            {"messaging_product":"whatsapp","contacts":[{"input":"919812345678","wa_id":"919812345678"}],
             "messages":[{"id":"wamid.HBgM"}]}""";
    private static LivePlatform platform;
    private static WhatsAppConnector connector;
    private final ConnectionDetails connection = Connections.of(Map.of("phoneNumberId", "106540352242922"),
            Map.of("accessToken", "EAAG-secret"));

    @BeforeAll
    static void start() {
        platform = new LivePlatform();
        connector = new WhatsAppConnector(platform.baseUrl(), "v21.0");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @BeforeEach
    void reset() {
        platform.wireMock.resetAll();
        platform.wireMock.stubFor(post(urlEqualTo("/v21.0/106540352242922/messages")).willReturn(okJson(SENT)));
    }

    @Test
    void textGoesToTheRecipientDigitsWithPreviewOff() {
        ActionResult result = await(connector.perform(OutboundAction.text("+919812345678", "Namaste \"Asha\""),
                connection, platform.http));

        assertThat(result.platformId()).isEqualTo("wamid.HBgM");
        verifySent("""
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"919812345678","type":"text",
                 "text":{"preview_url":false,"body":"Namaste \\"Asha\\""}}""");
    }

    @Test
    void templateCarriesNameLanguageAndBodyParametersInOrder() {
        OutboundAction template = new OutboundAction(ActionType.TEMPLATE, "+919812345678", null, null, null, null,
                "lead_followup", "hi", List.of("Asha", "Friday"), null, null, null, null, null, null, null, null, null);

        await(connector.perform(template, connection, platform.http));

        verifySent("""
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"919812345678","type":"template",
                 "template":{"name":"lead_followup","language":{"code":"hi"},"components":[{"type":"body",
                 "parameters":[{"type":"text","text":"Asha"},{"type":"text","text":"Friday"}]}]}}""");
    }

    @Test
    void imageCarriesLinkAndCaption() {
        await(connector.perform(media("image", null), connection, platform.http));

        verifySent("""
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"919812345678","type":"image",
                 "image":{"link":"https://cdn.example.com/offer.jpg","caption":"Diwali offer"}}""");
    }

    @Test
    void documentCarriesLinkCaptionAndFileName() {
        await(connector.perform(media("document", "price-list.pdf"), connection, platform.http));

        verifySent("""
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"919812345678","type":"document",
                 "document":{"link":"https://cdn.example.com/offer.jpg","caption":"Diwali offer",
                 "filename":"price-list.pdf"}}""");
    }

    @Test
    void testRequestReadsThePhoneNumber() {
        PlatformRequest request = connector.testRequest(connection);

        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.url()).isEqualTo(platform.baseUrl() + "/v21.0/106540352242922");
        platform.wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"id\":\"106540352242922\"}")));
        assertThat(await(platform.http.send(request)).status()).isEqualTo(200);
        platform.wireMock.verify(getRequestedFor(urlEqualTo("/v21.0/106540352242922"))
                .withHeader("Authorization", equalTo("Bearer EAAG-secret")));
    }

    @Test
    void freeFormOutsideTheWindowIsPermanentWithMetasCode() {
        platform.wireMock.stubFor(post(urlEqualTo("/v21.0/106540352242922/messages")).willReturn(aResponse()
                .withStatus(400).withBody("""
                        {"error":{"message":"(#131047) Re-engagement message","type":"OAuthException",
                        "code":131047,"error_subcode":2494010,"fbtrace_id":"AbC"}}""")));

        PlatformFailure failure = failureOf(connector.perform(OutboundAction.text("+919812345678", "Hi"),
                connection, platform.http));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.platformCode()).isEqualTo("131047");
        assertThat(failure.getMessage()).contains("Re-engagement message").contains("AbC");
    }

    @Test
    void unsupportedTypeAndMissingFieldsAreRejectedByName() {
        PlatformFailure post = failureOf(connector.perform(OutboundAction.post("Hi", null, null), connection,
                platform.http));
        OutboundAction noName = new OutboundAction(ActionType.TEMPLATE, "+919812345678", null, null, null, null,
                null, "hi", null, null, null, null, null, null, null, null, null, null);
        PlatformFailure template = failureOf(connector.perform(noName, connection, platform.http));
        PlatformFailure phone = failureOf(connector.perform(OutboundAction.text("98123 45678", "Hi"), connection,
                platform.http));

        assertThat(post.kind()).isEqualTo(Kind.REJECTED);
        assertThat(post.getMessage()).contains("POST").contains("WHATSAPP");
        assertThat(template.getMessage()).contains("templateName");
        assertThat(phone.getMessage()).contains("\"to\"");
        assertThat(platform.wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void sandboxAnswerRunsThroughTheSameParsing() {
        SandboxHttp sandbox = new SandboxHttp(connector, "42");

        ActionResult result = await(connector.perform(OutboundAction.text("+919812345678", "Hi"), connection,
                sandbox));

        assertThat(result.platformId()).isEqualTo("wamid.sandbox-42");
        assertThat(sandbox.sent).singleElement().satisfies(request -> assertThat(request.url()).endsWith("/messages"));
        assertThat(connector.sandboxResponse(connector.testRequest(connection), "42").isSuccess()).isTrue();
    }

    @Test
    void redactedRequestHidesTheAccessToken() {
        PlatformRequest redacted = connector.testRequest(connection).redacted();

        assertThat(redacted.header("Authorization")).isEqualTo("Bearer ***");
        assertThat(redacted.toString()).doesNotContain("EAAG-secret");
    }

    private static OutboundAction media(String kind, String fileName) {
        return new OutboundAction(ActionType.MEDIA, "+919812345678", null, "Diwali offer", null, null, null, null,
                null, "https://cdn.example.com/offer.jpg", kind, fileName, null, null, null, null, null, null);
    }

    private static void verifySent(String json) {
        platform.wireMock.verify(postRequestedFor(urlEqualTo("/v21.0/106540352242922/messages"))
                .withHeader("Authorization", equalTo("Bearer EAAG-secret"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(json)));
    }
}
