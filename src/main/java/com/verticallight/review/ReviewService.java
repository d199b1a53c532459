package com.verticallight.review;

import com.verticallight.i18n.Text;
import com.verticallight.business.BusinessService;
import com.verticallight.channel.gateway.ChannelGateway;
import com.verticallight.channel.gateway.DeliveryStatus;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.channel.gateway.LedgerBridge;
import com.verticallight.execution.LedgerRecord;
import com.verticallight.execution.LedgerService;
import com.verticallight.execution.ManualTaskService;
import com.verticallight.execution.ManualTaskView;
import com.verticallight.execution.Outcome;
import com.verticallight.execution.TaskStatus;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.review.ReviewViews.OwnerReply;
import com.verticallight.review.ReviewViews.OwnerReplyResult;
import com.verticallight.review.ReviewViews.ReviewView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The stored reviews of a business, and the owner's own replies posted through the gateway. */
@ApplicationScoped
public class ReviewService {

    static final int MAX_LIST = 200;

    @Inject
    ReviewRepository reviews;

    @Inject
    BusinessService businesses;

    @Inject
    ChannelGateway gateway;

    @Inject
    ReviewReplies replies;

    @Inject
    ManualTaskService manualTasks;

    @Inject
    LedgerService ledger;

    @Inject
    Clock clock;

    /** Newest first. */
    @WithSession
    public Uni<List<ReviewView>> list(UUID businessId) {
        return businesses.get(businessId).chain(business -> reviews.page("businessId = :businessId",
                Map.of("businessId", businessId), "firstSeenAt desc, id", 0, MAX_LIST))
                .map(found -> found.stream().map(ReviewView::of).toList());
    }

    /**
     * Posts the owner's reply as written (replacing any earlier reply on the platform). The same text is posted once.
     * A live post records the owner's work in the ledger as manual: it completes the review's open manual task, or
     * is recorded on its own.
     */
    public Uni<OwnerReplyResult> ownerReply(UUID reviewId, OwnerReply reply) {
        String text = reply.text().strip();
        return Panache.withSession(() -> reviews.getById(reviewId, "Review")).chain(review -> {
            if (review.connectionId == null) {
                throw ProblemException.conflict(Text.of("review.connectionRemoved"));
            }
            ActionCommand command = new ActionCommand(review.connectionId, "owner-reply:" + review.id + ":"
                    + digest(text), ReviewReplies.reviewReply(review.platformReviewId, text), false, true,
                    LedgerBridge.BY_PERSON);
            Instant started = clock.instant();
            return gateway.executeAll(List.of(command))
                    .chain(outcomes -> Panache.withTransaction(() -> settle(reviewId, text, reply.minutesSpent(),
                            outcomes.get(0), started)));
        });
    }

    private Uni<OwnerReplyResult> settle(UUID reviewId, String text, Integer minutes, ActionOutcome outcome,
            Instant started) {
        return reviews.getById(reviewId, "Review").chain(review -> {
            boolean posted = outcome.status() == DeliveryStatus.SENT || outcome.status() == DeliveryStatus.SIMULATED;
            if (!posted || outcome.duplicate()) {
                return Uni.createFrom().item(result(review, outcome));
            }
            boolean sandbox = outcome.status() == DeliveryStatus.SIMULATED;
            review.replyStatus = sandbox ? Review.ReplyStatus.SIMULATED : Review.ReplyStatus.REPLIED;
            review.repliedBy = Review.RepliedBy.OWNER;
            review.replyText = text;
            review.deliveryId = outcome.deliveryId();
            review.answeredBy = review.answeredBy == null ? Review.Path.OWNER : review.answeredBy;
            if (!sandbox) {
                review.replied = true;
                review.repliedAt = clock.instant();
            }
            return reviews.flush(review)
                    .chain(() -> recordWork(review, minutes, sandbox, started))
                    .replaceWith(() -> result(review, outcome));
        });
    }

    private Uni<Void> recordWork(Review review, Integer minutes, boolean sandbox, Instant started) {
        String reference = ReviewReplies.reference(review);
        Uni<ManualTaskView> open = sandbox ? Uni.createFrom().nullItem()
                : manualTasks.list(review.businessId, null).map(tasks -> tasks.stream()
                        .filter(t -> reference.equals(t.reference()))
                        .filter(t -> t.status() == TaskStatus.OPEN || t.status() == TaskStatus.IN_PROGRESS)
                        .findFirst().orElse(null));
        return open.chain(task -> {
            if (task != null) {
                return manualTasks.complete(task.id(), minutes == null ? task.estimatedMinutes() : minutes)
                        .replaceWithVoid();
            }
            return ledger.record(new LedgerRecord(review.businessId, ReviewReplies.TASK_TYPE, false, sandbox,
                    Outcome.DONE, minutes, null, started, clock.instant(), null, reference)).replaceWithVoid();
        });
    }

    private static OwnerReplyResult result(Review review, ActionOutcome outcome) {
        String error = outcome.status() == DeliveryStatus.FAILED
                ? (outcome.errorKind() == null ? "" : outcome.errorKind() + ": ") + outcome.message() : null;
        return new OwnerReplyResult(ReviewView.of(review), outcome.status(), outcome.deliveryId(), error);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
