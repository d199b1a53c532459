package com.verticallight.review;

import java.time.Instant;

/** A review as the platform lists it. */
public record PlatformReview(String reviewId, String reviewerName, int stars, String comment, Instant reviewedAt,
        boolean hasReply) {
}
