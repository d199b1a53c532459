package com.verticallight.tenant;

/** The countable things a plan limits; the API names them in lower case (e.g. "team_members"). */
public enum Limit {
    LOCATIONS, TEAM_MEMBERS, API_KEYS, WORKFLOWS, AI_MODELS, PREDICTIONS_PER_DAY, API_REQUESTS_PER_HOUR;

    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
