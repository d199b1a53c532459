package com.verticallight.intelligence.competitor;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalTime;

/** Thresholds of the competitor analysis: configuration, not code. */
@ConfigMapping(prefix = "vlos.intelligence.competitors")
public interface CompetitorConfig {

    /** A rating move of at least this many stars between two observations raises an alert. */
    @WithDefault("0.3")
    double ratingAlert();

    /** A review count move of at least this share of the previous count (0.2 = 20%) raises an alert. */
    @WithDefault("0.2")
    double reviewCountAlert();

    /** Open "late" means closing at or after this local time. */
    @WithDefault("21:00")
    LocalTime lateFrom();

    /** Competitors rated under this count as low-rated. */
    @WithDefault("3.5")
    double lowRatedBelow();

    /** How close to the business low-rated competitors must be to form a cluster. */
    @WithDefault("1.0")
    double lowRatedWithinKm();

    /** How many low-rated competitors within that distance make a cluster. */
    @WithDefault("3")
    int lowRatedClusterSize();

    /** The NO_COMPETITOR_WEBSITE gap: at least this share of the competitors whose website is known have none. */
    @WithDefault("0.5")
    double noWebsiteShare();
}
