package com.verticallight.channel.connector;

import com.verticallight.platform.json.JsonText;

/**
 * What a READ_ENGAGEMENT answers, the same for every platform; a figure the platform does not report for the object
 * is null (not 0): Facebook posts report no reach or views without the page insights permission.
 */
public record EngagementCounts(Long likes, Long comments, Long shares, Long reach, Long views) {

    public String json() {
        return JsonText.write(this);
    }

    public static EngagementCounts of(String json) {
        return JsonText.read(json, EngagementCounts.class);
    }
}
