package com.verticallight.identity;

import com.verticallight.platform.crypto.Tokens;
import com.verticallight.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Remembers the browsers a person signs in from. A browser is its user agent without version numbers (so an update
 * of Chrome is the same browser, a new phone or another browser is not). A sign-in from a new one, when the person
 * had signed in before, is recorded as a security event and emitted as {@value #TOPIC} in the sign-in's transaction;
 * the notification centre tells that person (SECURITY). The first sign-in ever is no news.
 */
@ApplicationScoped
public class SignInDevices {

    public static final String TOPIC = "security.new_sign_in";
    public static final String NEW_SIGN_IN = "NEW_SIGN_IN";

    private final SecurityEvents securityEvents;
    private final Clock clock;

    public SignInDevices(SecurityEvents securityEvents, Clock clock) {
        this.securityEvents = securityEvents;
        this.clock = clock;
    }

    /** Inside the sign-in's Hibernate Reactive transaction. */
    public Uni<Void> signedIn(AppUser user, String userAgent, String clientAddress) {
        String description = describe(userAgent);
        String key = Tokens.sha256(normalized(userAgent)).substring(0, 64);
        Instant now = clock.instant();
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select count(*) from sign_in_device where user_id = :user and tenant_id = :tenant",
                        Long.class)
                .setParameter("user", user.id).setParameter("tenant", user.tenantId).getSingleResult()
                .chain(earlier -> session.createNativeQuery("""
                        insert into sign_in_device (tenant_id, user_id, device_key, description, last_ip, first_seen_at,
                                                    last_seen_at)
                        values (:tenant, :user, :key, :description, :ip, :at, :at)
                        on conflict (user_id, device_key) do update set last_seen_at = excluded.last_seen_at,
                            last_ip = excluded.last_ip
                        where sign_in_device.tenant_id = excluded.tenant_id
                          and sign_in_device.last_seen_at < excluded.last_seen_at""")
                        .setParameter("tenant", user.tenantId).setParameter("user", user.id).setParameter("key", key)
                        .setParameter("description", description).setParameter("ip", clientAddress)
                        .setParameter("at", now.atOffset(ZoneOffset.UTC)).executeUpdate()
                        .chain(() -> session.createNativeQuery("""
                                select count(*) from sign_in_device
                                where user_id = :user and device_key = :key and first_seen_at = :at""", Long.class)
                                .setParameter("user", user.id).setParameter("key", key)
                                .setParameter("at", now.atOffset(ZoneOffset.UTC)).getSingleResult())
                        .chain(isNew -> isNew > 0 && earlier > 0 ? news(user, description, clientAddress, now)
                                : Uni.createFrom().voidItem())));
    }

    private Uni<Void> news(AppUser user, String description, String clientAddress, Instant now) {
        return Outbox.emit(user.tenantId, TOPIC, Outbox.payload("userId", user.id, "email", user.email,
                        "device", description, "clientIp", clientAddress, "at", now), now)
                .call(() -> securityEvents.record(user.tenantId, user.id, NEW_SIGN_IN,
                        "Sign-in for " + user.email + " from a new browser: " + description, clientAddress));
    }

    /** The user agent without version numbers: the browser and system, not their updates. */
    static String normalized(String userAgent) {
        String agent = userAgent == null || userAgent.isBlank() ? "unknown" : userAgent;
        return agent.replaceAll("[0-9]+([._][0-9]+)*", "").replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    /** "Chrome on Android", "Safari on iPhone"…, or the agent itself (shortened) when not recognised. */
    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "an unknown browser";
        }
        String browser = userAgent.contains("Edg/") ? "Edge" : userAgent.contains("OPR/") ? "Opera"
                : userAgent.contains("Firefox/") ? "Firefox" : userAgent.contains("Chrome/") ? "Chrome"
                : userAgent.contains("Safari/") ? "Safari" : null;
        String system = userAgent.contains("Android") ? "Android" : userAgent.contains("iPhone") ? "iPhone"
                : userAgent.contains("iPad") ? "iPad" : userAgent.contains("Windows") ? "Windows"
                : userAgent.contains("Mac OS X") ? "Mac" : userAgent.contains("Linux") ? "Linux" : null;
        if (browser == null || system == null) {
            return userAgent.length() <= 120 ? userAgent : userAgent.substring(0, 119) + "…";
        }
        return browser + " on " + system;
    }
}
