package com.verticallight.channel.connect;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The operator's apps at Meta and Google for the platforms' own connect flows. Each flow is off until its ids and
 * secret (and the public base URL the redirect URIs are built from) are configured; the typed form always works.
 */
@ConfigMapping(prefix = "vlos.connect")
public interface ConnectConfig {

    /** The address people reach this service at, e.g. https://app.example.in; redirect URIs are built from it only. */
    Optional<String> publicBaseUrl();

    /** How long a started flow's state can be used. */
    @WithDefault("PT10M")
    Duration stateTtl();

    Meta meta();

    Google google();

    interface Meta {
        Optional<String> appId();

        Optional<String> appSecret();

        /** The Facebook Login for Business configuration for Pages and Instagram. */
        Optional<String> loginConfigId();

        /** The Facebook Login for Business configuration of type WhatsApp Embedded Signup. */
        Optional<String> whatsappConfigId();

        /** Where the browser is sent for the login dialog (the Graph API base is vlos.channels.meta.base-url). */
        @WithDefault("https://www.facebook.com")
        String dialogBaseUrl();
    }

    interface Google {
        Optional<String> clientId();

        Optional<String> clientSecret();

        @WithDefault("https://accounts.google.com/o/oauth2/v2/auth")
        String authUrl();

        @WithDefault("https://oauth2.googleapis.com/token")
        String tokenUrl();

        /** Account Management API (lists the accounts the person can manage). */
        @WithDefault("https://mybusinessaccountmanagement.googleapis.com")
        String accountsBaseUrl();
    }
}
