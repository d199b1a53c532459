package com.verticallight.channel.connector;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.mutiny.core.Vertx;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

    private static final Vertx VERTX = Vertx.vertx();
    private final AddressGuard guard = new AddressGuard(VERTX, false);

    @AfterAll
    static void close() {
        VERTX.closeAndAwait();
    }

    @Test
    void loopbackPrivateLinkLocalMetadataAndOtherLocalAddressesAreRefused() {
        for (String url : new String[] { "http://127.0.0.1:5432/", "http://localhost/x", "https://10.1.2.3/hook",
                "http://172.16.0.9/", "http://172.31.255.1/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data",
                "http://0.0.0.0/", "http://100.64.0.1/", "http://224.0.0.1/", "http://[::1]/", "http://[fe80::1]/",
                "http://[fd00:ec2::254]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:a9fe:a9fe]/", "http://2130706433/" }) {
            assertThat(refusal(guard, url)).as(url).contains("private or local address");
        }
    }

    @Test
    void publicAddressesAndNamesThatDoNotResolveAreLeftToSend() {
        for (String url : new String[] { "https://93.184.216.34/hook", "http://8.8.8.8/", "https://172.32.0.1/",
                "http://100.128.0.1/", "http://[2001:4860:4860::8888]/", "https://hooks.invalid/services/x" }) {
            assertThat(refusal(guard, url)).as(url).isEmpty();
        }
    }

    @Test
    void onlyAbsoluteHttpUrlsAreAccepted() {
        for (String url : new String[] { "ftp://example.com/", "file:///etc/passwd", "not a url", "/relative", "http://" }) {
            assertThat(refusal(guard, url)).as(url).contains("absolute http");
        }
    }

    @Test
    void theOperatorCanAllowPrivateAddresses() {
        assertThat(refusal(new AddressGuard(VERTX, true), "http://127.0.0.1:8089/hook")).isEmpty();
    }

    @Test
    void aTenantUrlIsCheckedAgainAtSendTimeAndNothingLeaves() {
        AtomicInteger sent = new AtomicInteger();
        PlatformHttp transport = request -> {
            sent.incrementAndGet();
            return io.smallrye.mutiny.Uni.createFrom().item(new PlatformResponse(200, Map.of(), "ok"));
        };
        GuardedHttp http = new GuardedHttp(transport, guard);

        Throwable failure = http.send(PlatformRequest.toTenantUrl("POST", "http://169.254.169.254/latest", Map.of(), "{}"))
                .onItem().<Throwable>transform(ignored -> null).onFailure().recoverWithItem(f -> f)
                .await().atMost(Duration.ofSeconds(10));
        assertThat(failure).isInstanceOf(PlatformFailure.class);
        assertThat(((PlatformFailure) failure).kind()).isEqualTo(PlatformFailure.Kind.PERMANENT);
        assertThat(sent).hasValue(0);

        // the operator's own platform URLs are not tenant URLs: they go out as configured
        http.send(new PlatformRequest("GET", "http://127.0.0.1:1/v21.0/me", Map.of(), null))
                .await().atMost(Duration.ofSeconds(10));
        assertThat(sent).hasValue(1);
    }

    private static String refusal(AddressGuard guard, String url) {
        return guard.refusal(url).await().atMost(Duration.ofSeconds(20)).orElse("");
    }
}
