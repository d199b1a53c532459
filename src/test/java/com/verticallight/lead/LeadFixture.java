package com.verticallight.lead;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.verticallight.channel.ChannelFixtures;
import com.verticallight.channel.WebhookTestSupport;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.TestClock;
import com.verticallight.support.WireMockPlatforms;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;

/** A business with a live WhatsApp connection whose messages WireMock answers, at 11:00 in its own time zone. */
record LeadFixture(Account owner, String businessId, String businessName, String pnid, String connectionId) {

    static LeadFixture liveWhatsApp(TestClock clock) {
        Account owner = Accounts.signup("BASIC");
        String name = "Glow Salon " + UUID.randomUUID().toString().substring(0, 6);
        String businessId = Accounts.createBusiness(owner, name);
        String pnid = ChannelFixtures.uniqueId();
        String connection = ChannelFixtures.whatsapp(owner, businessId, pnid, "LIVE");
        WireMockPlatforms.server().stubFor(post(urlEqualTo("/v21.0/" + pnid + "/messages")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.OUT" + UUID.randomUUID()
                        + "\"}]}")));
        String zone = owner.as().get("/api/v1/businesses/" + businessId).then().statusCode(200).extract().path("timeZone");
        moveToMorning(clock, ZoneId.of(zone));
        return new LeadFixture(owner, businessId, name, pnid, connection);
    }

    /** 11:00 local on the next day: far from quiet hours, and +24h and +72h are 11:00 too. */
    static void moveToMorning(TestClock clock, ZoneId zone) {
        ZonedDateTime next = ZonedDateTime.ofInstant(clock.instant(), zone).plusDays(1).with(LocalTime.of(11, 0));
        clock.advance(Duration.between(clock.instant(), next.toInstant()));
    }

    /** A unique Indian mobile number: +9198 and 8 digits. */
    static String phone() {
        return "+9198" + String.format("%08d", Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100_000_000L));
    }

    /** A signed WhatsApp message from the phone, sent at the test clock's time (it opens the 24-hour window). */
    ValidatableResponse inbound(TestClock clock, String phone, String text) {
        String body = """
                {"object":"whatsapp_business_account","entry":[{"id":"WABA1","changes":[{"field":"messages","value":{
                 "messaging_product":"whatsapp","metadata":{"display_phone_number":"919830000000","phone_number_id":"%s"},
                 "contacts":[{"profile":{"name":"Asha Sen"},"wa_id":"%s"}],
                 "messages":[{"from":"%s","id":"wamid.IN%s","timestamp":"%d","type":"text","text":{"body":"%s"}}]}}]}]}"""
                .formatted(pnid, phone.substring(1), phone.substring(1), UUID.randomUUID(),
                        clock.instant().getEpochSecond(), text);
        return WebhookTestSupport.deliver(body);
    }

    ValidatableResponse newLead(Map<String, Object> body) {
        return owner.as().body(body).post("/api/v1/businesses/" + businessId + "/leads").then();
    }

    RequestPatternBuilder messages() {
        return postRequestedFor(urlEqualTo("/v21.0/" + pnid + "/messages"));
    }

    int messagesSent() {
        return WireMockPlatforms.server().findAll(messages()).size();
    }

    /** The body WhatsApp receives for one of the lead templates, addressed to the phone, with the business name. */
    String templateBody(String phone, String template) {
        return """
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"%s","type":"template",
                 "template":{"name":"%s","language":{"code":"en"},
                  "components":[{"type":"body","parameters":[{"type":"text","text":"%s"}]}]}}"""
                .formatted(phone.substring(1), template, businessName);
    }

    RequestPatternBuilder template(String phone, String template) {
        return messages().withRequestBody(WireMock.equalToJson(templateBody(phone, template)));
    }
}
