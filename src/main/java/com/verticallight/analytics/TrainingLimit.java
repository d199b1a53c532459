package com.verticallight.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long one training may take, from its start to its result (vlos.analytics.training-time-limit, PT2M). */
@ApplicationScoped
public class TrainingLimit {

    private final Duration limit;

    public TrainingLimit(@ConfigProperty(name = "vlos.analytics.training-time-limit", defaultValue = "PT2M")
            Duration limit) {
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }

    /** The limit in words for a version's error, e.g. "2 minutes", "90 seconds". */
    public static String words(Duration limit) {
        long seconds = limit.toSeconds();
        return seconds >= 120 && seconds % 60 == 0 ? seconds / 60 + " minutes"
                : seconds == 1 ? "1 second" : seconds + " seconds";
    }
}
