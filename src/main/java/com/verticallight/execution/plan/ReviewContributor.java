package com.verticallight.execution.plan;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.content.ContentGenerator;
import com.verticallight.execution.HandOff;
import com.verticallight.execution.Priority;
import com.verticallight.review.Review;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** A reply to each new review: thanked automatically at 4 or 5 stars, handed to the owner at 3 or fewer. */
@ApplicationScoped
public class ReviewContributor implements PlanContributor {

    @Inject
    ContentGenerator content;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Uni<List<PlannedTask>> plan(DayContext day) {
        List<Review> unanswered = day.newReviews().stream().filter(r -> r.handling != Review.Handling.ALREADY_REPLIED)
                .toList();
        return Multi.createFrom().iterable(unanswered)
                .onItem().transformToUniAndConcatenate(review -> task(day, review))
                .collect().asList();
    }

    private Uni<PlannedTask> task(DayContext day, Review review) {
        String key = "review:" + review.platformReviewId;
        String who = review.reviewerName == null ? "a customer" : review.reviewerName;
        String trigger = review.stars + "-star review by " + who + " on " + PostContributor.platformName(review.platform)
                + (review.comment == null ? "" : ": \"" + excerpt(review.comment) + "\"");
        if (review.handling == Review.Handling.PERSON) {
            return Uni.createFrom().item(PlannedTask.manual(key, "review_reply", review.platform,
                    "Answer " + who + "'s " + review.stars + "-star review", review.comment, trigger,
                    new HandOff("answer-negative-review", "Answer " + who + "'s " + review.stars + "-star review",
                            "A review of 3 stars or fewer needs a considered answer from you, not an automatic one. "
                                    + "The review: " + (review.comment == null ? "(no text)" : review.comment),
                            Priority.HIGH, trigger, "review:" + review.platformReviewId)));
        }
        return content.reviewReply(day.business(), review.reviewerName, review.stars, day.date())
                .map(reply -> PlannedTask.automated(key, "review_reply", review.platform, review.connectionId,
                        "Thank " + who + " for the " + review.stars + "-star review", reply, trigger,
                        reviewReply(review.platformReviewId, reply)));
    }

    private static OutboundAction reviewReply(String reviewId, String text) {
        return new OutboundAction(OutboundAction.ActionType.REVIEW_REPLY, null, null, text, null, null, null, null,
                null, null, null, null, null, null, reviewId, null, null, null);
    }

    private static String excerpt(String text) {
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }

    static boolean isReviewPlatform(ChannelKind kind) {
        return kind == ChannelKind.GOOGLE_BUSINESS_PROFILE;
    }
}
