package com.verticallight.channel;

import static org.hamcrest.Matchers.hasItem;

import com.verticallight.channel.connector.AddressGuard;
import com.verticallight.support.Accounts.Account;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With the production setting (private addresses not allowed), a tenant cannot point a connection inwards. The
 * tests allow private addresses (WireMock is on localhost), so this class puts the production guard in place for
 * its test instead of starting a second application with its own profile; {@code AddressGuardProducerTest} checks
 * that the production configuration gives that guard.
 */
@QuarkusTest
class PrivateAddressesRefusedTest {

    @Inject
    Vertx vertx;

    @BeforeEach
    void productionGuard() {
        QuarkusMock.installMockForType(new AddressGuard(vertx, false), AddressGuard.class);
    }

    @Test
    void webhookAndSlackUrlsToLocalOrMetadataAddressesAreRefusedWhenSaved() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String business = ChannelFixtures.businessOf(owner);
        owner.as().body(Map.of("kind", "WEBHOOK", "platformIds", Map.of("url", "http://169.254.169.254/latest/meta-data"),
                        "credentials", Map.of("secret", "s"), "mode", "LIVE"))
                .post("/api/v1/businesses/" + business + "/connections")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("platformIds.url"));
        owner.as().body(Map.of("kind", "SLACK", "platformIds", Map.of(),
                        "credentials", Map.of("webhookUrl", "http://localhost:5432/services/x"), "mode", "LIVE"))
                .post("/api/v1/businesses/" + business + "/connections")
                .then().statusCode(400).body("errors.field", hasItem("credentials.webhookUrl"));

        String hook = ChannelFixtures.connect(owner, business, "WEBHOOK", Map.of("url", "https://93.184.216.34/hook"),
                Map.of("secret", "s"), "SANDBOX");
        owner.as().body(Map.of("platformIds", Map.of("url", "http://[::1]:8080/q/health")))
                .patch("/api/v1/connections/" + hook)
                .then().statusCode(400).body("errors.field", hasItem("platformIds.url"));
    }
}
