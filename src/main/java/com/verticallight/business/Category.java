package com.verticallight.business;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of local business a location is; drives the default automation and content settings. */
public enum Category {
    RESTAURANT, SALON, RETAIL, CLINIC, HOME_SERVICE, GYM, OTHER;

    /** The API and database speak lower case ("home_service"). */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public static Category fromCode(String code) {
        for (Category category : values()) {
            if (category.code().equalsIgnoreCase(code)) {
                return category;
            }
        }
        throw new IllegalArgumentException("must be one of restaurant, salon, retail, clinic, home_service, gym, other");
    }
}
