package com.verticallight.review;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.gateway.DeliveryStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the reviews API speaks. */
public final class ReviewViews {

    private ReviewViews() {
    }

    @Schema(name = "Review")
    public record ReviewView(UUID id, UUID businessId, UUID connectionId, ChannelKind platform, String platformReviewId,
            String reviewerName, int stars, String comment, Instant reviewedAt, Review.Handling handling,
            Review.ReplyStatus replyStatus, Review.RepliedBy repliedBy,
            @Schema(description = "The path that took the review on: DAILY_PLAN, REVIEW_SYNC or OWNER") Review.Path answeredBy,
            String replyText,
            @Schema(description = "For 3 stars or fewer: a draft to edit and post with POST /reviews/{id}/reply")
            String suggestedReply,
            Instant repliedAt, UUID manualTaskId,
            @Schema(description = "The customer the reviewer was matched to, if any") UUID contactId,
            Instant firstSeenAt) {

        static ReviewView of(Review r) {
            return new ReviewView(r.id, r.businessId, r.connectionId, r.platform, r.platformReviewId, r.reviewerName,
                    r.stars, r.comment, r.reviewedAt, r.handling, r.replyStatus, r.repliedBy, r.answeredBy,
                    r.replyText, r.suggestedReply, r.repliedAt, r.manualTaskId, r.contactId, r.firstSeenAt);
        }
    }

    @Schema(name = "ReviewSyncResult")
    public record SyncResult(UUID businessId,
            @Schema(description = "Review listings read (one per Google Business Profile connection)") int listingsRead,
            int newReviews, int autoReplies, int handedToOwner) {
    }

    @Schema(name = "OwnerReply", description = "The owner's own reply, posted as it is")
    public record OwnerReply(@NotBlank @Size(max = 4000) String text,
            @Schema(description = "Minutes you spent; the manual task's estimate when absent") @Min(0) @Max(600)
            Integer minutesSpent) {
    }

    @Schema(name = "OwnerReplyResult")
    public record OwnerReplyResult(ReviewView review, DeliveryStatus deliveryStatus, UUID deliveryId, String error) {
    }
}
