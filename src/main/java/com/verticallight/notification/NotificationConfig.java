package com.verticallight.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "vlos.notifications")
public interface NotificationConfig {

    /** Unread notifications with the same merge key within this window become one ("3 new leads"). */
    @WithDefault("PT30M")
    Duration mergeWindow();

    /** Read notifications are deleted this long after they were read (a daily job per tenant). */
    @WithDefault("P30D")
    Duration retention();

    /** Send notification emails with the Quarkus mailer (quarkus.mailer.*) when the tenant has no SendGrid connection. */
    @WithDefault("false")
    boolean smtpEnabled();

    /** VAPID subject (RFC 8292): a mailto: or https: contact for push services. */
    @WithDefault("mailto:notifications@vertical-light.local")
    String pushSubject();

    /** VAPID key pair (Base64url: X.509 public key, PKCS#8 private key); generated once and stored when unset. */
    Optional<String> vapidPublicKey();

    Optional<String> vapidPrivateKey();

    /** How long a push service keeps an undelivered message (seconds). */
    @WithDefault("86400")
    int pushTtl();

    /**
     * Sockets one person may hold open on one instance; a new one beyond it closes that person's oldest (code 4008),
     * so a leaked or hostile client cannot pile up connections.
     */
    @WithDefault("10")
    int maxSocketsPerPerson();

    /** The web app's address, for links in emails and pushes (relative links when unset). */
    Optional<String> appUrl();
}
