package com.verticallight.intelligence.insight;

import com.verticallight.business.Business;
import java.time.Instant;
import java.time.ZoneId;

/** The business an insight run is for and the moment it runs. */
public record InsightContext(Business business, Instant now) {

    public ZoneId zone() {
        return ZoneId.of(business.timeZone);
    }
}
