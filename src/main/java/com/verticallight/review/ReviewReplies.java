package com.verticallight.review;

import com.verticallight.business.Business;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.gateway.DeliveryStatus;
import com.verticallight.content.ContentGenerator;
import com.verticallight.execution.HandOff;
import com.verticallight.execution.Priority;
import com.verticallight.i18n.Phrase;
import com.verticallight.i18n.Words;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The one reply policy for reviews, used by the daily plan and by the review sync: 4 or 5 stars are thanked
 * automatically (the reviewer's name and what they mentioned, from varied templates); 3 stars or fewer never get an
 * automatic answer but a manual task with a draft the owner can edit and post. A review is taken on once: only a
 * review whose reply status is still NEW is answered, and taking it marks the row, in the caller's transaction.
 */
@ApplicationScoped
public class ReviewReplies {

    public static final String TASK_TYPE = "review_reply";
    public static final String GUIDANCE = "answer-negative-review";

    @Inject
    ContentGenerator content;

    @Inject
    ReviewRepository reviews;

    @Inject
    Clock clock;

    /**
     * How a review is answered: an automatic reply (action set) or a hand-off with a suggested draft.
     *
     * @param reply the automatic reply, or the draft suggested to the owner
     */
    public record Answer(Review review, String reply, OutboundAction action, HandOff handOff, String title,
            String trigger, Words words) {

        public boolean automatic() {
            return action != null;
        }
    }

    /** The answer for this review, marking it taken by the path; null when it was taken already or needs none. */
    public Uni<Answer> take(Business business, Review review, Review.Path path, LocalDate date) {
        if (review.replyStatus != Review.ReplyStatus.NEW || review.handling == Review.Handling.ALREADY_REPLIED) {
            return Uni.createFrom().nullItem();
        }
        review.answeredBy = path;
        if (review.handling == Review.Handling.PERSON) {
            String draft = ReplyDrafts.apology(business.name, review.reviewerName, business.phone,
                    business.language);
            review.replyStatus = Review.ReplyStatus.NEEDS_PERSON;
            review.suggestedReply = draft;
            Phrase title = Phrase.of("review.task.answer", "who", whoWords(review), "stars", review.stars);
            HandOff handOff = new HandOff(GUIDANCE, null, null, Priority.HIGH, null, reference(review))
                    .withWords(Words.of("title", title, "reason", Phrase.of("review.task.reason",
                            "comment", review.comment == null ? "" : review.comment, "draft", draft),
                            "trigger", triggerWords(review)));
            Words words = Words.of("title", title, "trigger", triggerWords(review));
            return reviews.flush(review).replaceWith(new Answer(review, draft, null, handOff, words.english("title"),
                    trigger(review), words));
        }
        return content.reviewReply(business, review.reviewerName, review.stars, date).chain(text -> {
            String reply = ReplyDrafts.withMention(text, review.comment, business.language);
            review.replyStatus = Review.ReplyStatus.REPLYING;
            review.replyText = reply;
            Words words = Words.of("title", Phrase.of("review.task.thank", "who", whoWords(review),
                    "stars", review.stars), "trigger", triggerWords(review));
            return reviews.flush(review).replaceWith(new Answer(review, reply, reviewReply(review.platformReviewId, reply),
                    null, words.english("title"), trigger(review), words));
        });
    }

    /** Writes how the automatic reply went on the review row (joins the caller's transaction). */
    public Uni<Void> settle(UUID businessId, ChannelKind platform, String platformReviewId, UUID deliveryId,
            DeliveryStatus status) {
        return reviews.first("businessId = :businessId and platform = :platform and platformReviewId = :id",
                Map.of("businessId", businessId, "platform", platform, "id", platformReviewId))
                .chain(review -> review == null ? Uni.createFrom().voidItem() : settle(review, deliveryId, status));
    }

    public Uni<Void> settle(Review review, UUID deliveryId, DeliveryStatus status) {
        Review.ReplyStatus next = switch (status) {
            case SENT, DELIVERED, READ -> Review.ReplyStatus.REPLIED;
            case SIMULATED -> Review.ReplyStatus.SIMULATED;
            case FAILED, REFUSED, UNCERTAIN -> Review.ReplyStatus.FAILED;
            default -> null;
        };
        if (next == null) {
            return Uni.createFrom().voidItem();
        }
        review.replyStatus = next;
        review.deliveryId = deliveryId;
        if (next == Review.ReplyStatus.REPLIED) {
            review.repliedBy = Review.RepliedBy.AUTOMATION;
            review.repliedAt = clock.instant();
            review.replied = true;
        }
        return reviews.flush(review).replaceWithVoid();
    }

    /** "2-star review by Ravi on Google Business Profile: "…"". */
    public static String trigger(Review review) {
        return review.stars + "-star review by " + who(review) + " on " + review.platform.displayName()
                + (review.comment == null ? "" : ": \"" + ReplyDrafts.excerpt(review.comment, 200) + "\"");
    }

    /** The trigger as a phrase, so each reader reads it in their language (the comment stays as written). */
    public static Phrase triggerWords(Review review) {
        return Phrase.of("review.task.trigger", "stars", review.stars, "who", whoWords(review),
                "platform", review.platform.displayName(),
                "comment", review.comment == null ? "" : ReplyDrafts.excerpt(review.comment, 200));
    }

    static Object whoWords(Review review) {
        return review.reviewerName == null ? Phrase.of("review.aCustomer") : review.reviewerName;
    }

    public static String reference(Review review) {
        return "review:" + review.platformReviewId;
    }

    static String who(Review review) {
        return review.reviewerName == null ? "a customer" : review.reviewerName;
    }

    public static OutboundAction reviewReply(String reviewId, String text) {
        return new OutboundAction(OutboundAction.ActionType.REVIEW_REPLY, null, null, text, null, null, null, null,
                null, null, null, null, null, null, reviewId, null, null, null);
    }
}
