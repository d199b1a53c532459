package com.verticallight.intelligence.competitor;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Where Google Places (New) is. Without an API key, competitors come from imports. */
@ConfigMapping(prefix = "vlos.places")
public interface PlacesConfig {

    /** Google Places API (New) key. */
    Optional<String> apiKey();

    @WithDefault("https://places.googleapis.com")
    String baseUrl();

    /** 1-20 per Places' limit. */
    @WithDefault("20")
    int maxResults();
}
