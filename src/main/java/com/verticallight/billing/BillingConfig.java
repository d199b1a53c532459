package com.verticallight.billing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The product's own Razorpay account and billing rules. Without a key id and secret billing runs in sandbox. */
@ConfigMapping(prefix = "vlos.billing")
public interface BillingConfig {

    Razorpay razorpay();

    Supplier supplier();

    /** How long a new account's trial lasts. */
    @WithDefault("P14D")
    Duration trial();

    /** After a failed renewal, how long the paid limits stay before the account falls back to the free plan. */
    @WithDefault("P7D")
    Duration grace();

    /** When, after a failed renewal, the owner is reminded (offsets from the failure). */
    @WithDefault("PT0S,P3D,P6D")
    java.util.List<Duration> reminders();

    /** How many billing cycles a subscription is created for (Razorpay's total_count). */
    @WithDefault("120")
    int totalCount();

    interface Razorpay {
        @WithDefault("https://api.razorpay.com/v1")
        String baseUrl();

        Optional<String> keyId();

        Optional<String> keySecret();

        /** Secret of the webhook set up in the Razorpay dashboard; without it the billing webhook refuses all. */
        Optional<String> webhookSecret();

        @WithDefault("PT10S")
        Duration timeout();
    }

    /** Who issues the invoices (the product's company). */
    interface Supplier {
        @WithDefault("Vertical Light OS")
        String name();

        /** The supplier's GSTIN; printed on invoices once set. */
        Optional<String> gstin();

        /** The supplier's GST state code: CGST + SGST when the customer's place of supply is this state. */
        @WithDefault("29")
        String stateCode();
    }
}
