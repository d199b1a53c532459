package com.verticallight.review;

import com.verticallight.platform.outbox.Outbox;
import com.verticallight.channel.ChannelKind;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The reviews of each business, as read from the platforms. Recording a listing keeps the reviews not seen before
 * and decides how each is answered: 4 or 5 stars automatically, 3 or fewer by a person. Joins the caller's
 * transaction.
 */
@ApplicationScoped
public class ReviewBook {

    /** Reviews at or above this many stars are thanked automatically. */
    public static final int AUTO_REPLY_FROM_STARS = 4;

    @Inject
    ReviewRepository reviews;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.inject.Instance<NewReviewListener> listeners;

    /** Stores the reviews not seen before and returns them, in the platform's order. */
    public Uni<List<Review>> recordNew(UUID businessId, UUID connectionId, ChannelKind platform,
            List<PlatformReview> listed) {
        if (listed.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> ids = listed.stream().map(PlatformReview::reviewId).distinct().toList();
        return reviews.list("businessId = :businessId and platform = :platform and platformReviewId in :ids",
                Map.of("businessId", businessId, "platform", platform, "ids", ids), null)
                .map(known -> known.stream().map(r -> r.platformReviewId).collect(Collectors.toSet()))
                .chain(known -> Multi.createFrom().iterable(distinctNew(listed, known))
                        .onItem().transformToUniAndConcatenate(r -> reviews.add(review(businessId, connectionId,
                                platform, r)).call(this::received))
                        .collect().asList())
                .call(fresh -> Multi.createFrom().iterable(listeners)
                        .onItem().transformToUniAndConcatenate(listener -> listener.recorded(businessId, fresh))
                        .collect().last());
    }

    /** The "review.received" event, in the transaction that stores the review. */
    private Uni<Void> received(Review r) {
        return Outbox.emit(r.tenantId, "review.received", Outbox.payload("reviewId", r.id, "businessId", r.businessId,
                "connectionId", r.connectionId, "platform", r.platform, "stars", r.stars, "reviewerName",
                r.reviewerName, "comment", r.comment, "reviewedAt", r.reviewedAt, "replied", r.replied, "handling",
                r.handling), r.firstSeenAt);
    }

    private static List<PlatformReview> distinctNew(List<PlatformReview> listed, Set<String> known) {
        Set<String> seen = new java.util.HashSet<>(known);
        return listed.stream().filter(Objects::nonNull).filter(r -> seen.add(r.reviewId())).toList();
    }

    private Review review(UUID businessId, UUID connectionId, ChannelKind platform, PlatformReview listed) {
        Review review = new Review();
        review.businessId = businessId;
        review.connectionId = connectionId;
        review.platform = platform;
        review.platformReviewId = listed.reviewId();
        review.reviewerName = listed.reviewerName();
        review.stars = listed.stars();
        review.comment = listed.comment();
        review.reviewedAt = listed.reviewedAt();
        review.replied = listed.hasReply();
        if (listed.hasReply()) {
            review.replyStatus = Review.ReplyStatus.REPLIED;
            review.repliedBy = Review.RepliedBy.PLATFORM;
        }
        review.handling = listed.hasReply() ? Review.Handling.ALREADY_REPLIED
                : listed.stars() >= AUTO_REPLY_FROM_STARS ? Review.Handling.AUTO_REPLY : Review.Handling.PERSON;
        Instant now = clock.instant();
        review.firstSeenAt = now;
        return review;
    }
}
