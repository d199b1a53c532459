package com.verticallight.intelligence.daily;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;

/** When each business's intelligence is refreshed. */
@ConfigMapping(prefix = "vlos.intelligence.daily")
public interface DailyConfig {

    /** Local time in the business's time zone; a business first seen after it is refreshed at once that day. */
    @WithDefault("05:30")
    LocalTime runTime();

    /** How often missing daily jobs are restored ("off" to disable). */
    @WithDefault("10m")
    String keeper();

    /** Competitors are fetched from Places only when the last Places observation is older than this. */
    @WithDefault("PT20H")
    Duration placesMinInterval();
}
