package com.verticallight.execution.plan;

import com.verticallight.business.Business;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.review.Review;
import java.time.LocalDate;
import java.util.List;

/**
 * What a day's plan is built from: the business, its settings, the connections it has, and the reviews first
 * seen in this run.
 */
public record DayContext(Business business, DaySetting setting, LocalDate date, List<ResolvedConnection> connections,
        List<Review> newReviews) {

    public List<String> photoUrls() {
        return setting == null || setting.photoUrls == null ? List.of() : setting.photoUrls;
    }
}
