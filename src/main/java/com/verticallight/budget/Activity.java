package com.verticallight.budget;

/** What a monthly budget can be spent on. */
public enum Activity {
    ORGANIC_CONTENT, LOCAL_SEARCH_ADS, SOCIAL_ADS, TOOLS, PROMOTIONS
}
