package com.verticallight.intelligence.insight;

import com.verticallight.execution.Priority;
import com.verticallight.review.Review;
import com.verticallight.review.ReviewRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A falling average rating: the reviews of the latest window against the window before it (by review date, or
 * first-seen date when the platform gave none), each window with enough reviews to mean something.
 */
@ApplicationScoped
public class RatingTrendRule implements InsightRule {

    @Inject
    ReviewRepository reviews;

    @Inject
    InsightConfig config;

    @Override
    public String type() {
        return "rating_trend";
    }

    @Override
    public Uni<List<Finding>> find(InsightContext context) {
        Instant now = context.now();
        Instant recentFrom = now.minus(config.ratingWindow());
        Instant previousFrom = recentFrom.minus(config.ratingWindow());
        return reviews.list("businessId = :b and coalesce(reviewedAt, firstSeenAt) >= :from",
                Map.of("b", context.business().id, "from", previousFrom), null).map(found -> {
                    List<Review> recent = found.stream().filter(r -> !when(r).isBefore(recentFrom)
                            && !when(r).isAfter(now)).toList();
                    List<Review> previous = found.stream().filter(r -> when(r).isBefore(recentFrom)).toList();
                    if (recent.size() < config.ratingMinReviews() || previous.size() < config.ratingMinReviews()) {
                        return List.of();
                    }
                    double recentAverage = average(recent);
                    double previousAverage = average(previous);
                    if (previousAverage - recentAverage + 1e-9 < config.ratingDrop()) {
                        return List.of();
                    }
                    return List.of(finding(recent, recentAverage, previous, previousAverage, recentFrom));
                });
    }

    private Finding finding(List<Review> recent, double recentAverage, List<Review> previous, double previousAverage,
            Instant recentFrom) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("windowDays", config.ratingWindow().toDays());
        evidence.put("recentFrom", recentFrom.toString());
        evidence.put("recentAverage", recentAverage);
        evidence.put("recentReviews", recent.size());
        evidence.put("previousAverage", previousAverage);
        evidence.put("previousReviews", previous.size());
        evidence.put("drop", round(previousAverage - recentAverage));
        return new Finding("average", "Your rating fell from " + previousAverage + " to " + recentAverage + " stars",
                "The " + recent.size() + " reviews of the last " + config.ratingWindow().toDays() + " days average "
                        + recentAverage + " stars against " + previousAverage + " for the " + previous.size()
                        + " reviews of the " + config.ratingWindow().toDays() + " days before. Ask recent happy "
                        + "customers for a review and answer the unhappy ones.", Priority.HIGH, 1, evidence);
    }

    private static Instant when(Review review) {
        return review.reviewedAt != null ? review.reviewedAt : review.firstSeenAt;
    }

    private static double average(List<Review> reviews) {
        return round(reviews.stream().mapToInt(r -> r.stars).average().orElseThrow());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
