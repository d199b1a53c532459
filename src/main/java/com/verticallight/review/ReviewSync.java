package com.verticallight.review;

import com.verticallight.business.Business;
import com.verticallight.business.BusinessRepository;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.connection.ConnectionStatus;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.gateway.ChannelGateway;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.execution.ManualTaskService;
import com.verticallight.review.ReviewViews.SyncResult;
import com.verticallight.i18n.Phrase;
import com.verticallight.i18n.Words;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Reads a business's Google reviews apart from the daily plan and answers the new ones by the shared policy
 * ({@link ReviewReplies}): platform reads first, outside any session; then one transaction records the reviews and
 * takes them on; the replies go out through the gateway; a last transaction writes how each went. A review the daily
 * plan recorded first is not new here, so it is never answered twice.
 */
@ApplicationScoped
public class ReviewSync {

    private static final Logger LOG = Logger.getLogger(ReviewSync.class);
    private static final OutboundAction LIST = new OutboundAction(OutboundAction.ActionType.LIST_REVIEWS, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    @Inject
    BusinessRepository businesses;

    @Inject
    ConnectionService connections;

    @Inject
    ChannelGateway gateway;

    @Inject
    ReviewBook book;

    @Inject
    ReviewRepository reviews;

    @Inject
    ReviewReplies replies;

    @Inject
    ManualTaskService manualTasks;

    @Inject
    Clock clock;

    private record Taken(List<Review> fresh, List<Review> auto, List<ActionCommand> commands, int handedOver) {
    }

    /** Syncs the business; null when it no longer exists. */
    public Uni<SyncResult> run(UUID businessId) {
        return Panache.withSession(() -> businesses.findById(businessId).chain(business -> business == null
                ? Uni.createFrom().<Map.Entry<Business, List<ResolvedConnection>>>nullItem()
                : connections.forBusiness(businessId).map(found -> Map.entry(business, found))))
                .chain(loaded -> loaded == null ? Uni.createFrom().nullItem() : sync(loaded.getKey(), loaded.getValue()));
    }

    private Uni<SyncResult> sync(Business business, List<ResolvedConnection> all) {
        List<ResolvedConnection> readable = all.stream()
                .filter(c -> c.kind() == ChannelKind.GOOGLE_BUSINESS_PROFILE && c.status() != ConnectionStatus.NEEDS_REAUTH)
                .toList();
        return Multi.createFrom().iterable(readable)
                .onItem().transformToUniAndMerge(c -> gateway.read(c.id(), LIST)
                        .map(result -> Map.entry(c, GoogleReviews.parse(result.body())))
                        .onFailure().recoverWithItem(failure -> {
                            LOG.warnf("Could not read the reviews of connection %s: %s", c.id(), failure.getMessage());
                            return Map.entry(c, List.<PlatformReview>of());
                        }))
                .collect().asList()
                .chain(listed -> Panache.withTransaction(() -> take(business, listed)))
                .chain(taken -> send(taken).chain(outcomes -> Panache.withTransaction(() -> settle(taken, outcomes)))
                        .replaceWith(new SyncResult(business.id, readable.size(), taken.fresh().size(),
                                taken.auto().size(), taken.handedOver())));
    }

    private Uni<Taken> take(Business business, List<Map.Entry<ResolvedConnection, List<PlatformReview>>> listed) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(business.timeZone)));
        List<Review> fresh = new ArrayList<>();
        List<Review> auto = new ArrayList<>();
        List<ActionCommand> commands = new ArrayList<>();
        int[] handedOver = { 0 };
        return Multi.createFrom().iterable(listed)
                .onItem().transformToUniAndConcatenate(e -> book.recordNew(business.id, e.getKey().id(),
                        e.getKey().kind(), e.getValue()))
                .collect().asList()
                .invoke(lists -> lists.forEach(fresh::addAll))
                .chain(() -> interrupted(business.id))
                .chain(unfinished -> Multi.createFrom().iterable(fresh)
                        .onItem().transformToUniAndConcatenate(review -> replies.take(business, review,
                                Review.Path.REVIEW_SYNC, today))
                        .onItem().transformToUniAndConcatenate(answer -> {
                            if (answer.automatic()) {
                                auto.add(answer.review());
                                commands.add(command(answer.review(), answer.action()));
                                return Uni.createFrom().voidItem();
                            }
                            handedOver[0]++;
                            return manualTasks.handOff(business.id, answer.handOff()).chain(task -> {
                                answer.review().manualTaskId = task.id();
                                return reviews.flush(answer.review()).replaceWithVoid();
                            });
                        })
                        .collect().asList()
                        .invoke(() -> unfinished.forEach(review -> {
                            auto.add(review);
                            commands.add(command(review, ReviewReplies.reviewReply(review.platformReviewId,
                                    review.replyText)));
                        })))
                .map(done -> new Taken(fresh, auto, commands, handedOver[0]));
    }

    /**
     * Automatic replies this sync took on earlier whose outcome was never written (the service stopped mid-way):
     * sent again under the same key, so the gateway reports the earlier delivery instead of posting twice.
     */
    private Uni<List<Review>> interrupted(UUID businessId) {
        return reviews.list("businessId = :businessId and replyStatus = :replying and answeredBy = :sync",
                Map.of("businessId", businessId, "replying", Review.ReplyStatus.REPLYING, "sync", Review.Path.REVIEW_SYNC),
                "firstSeenAt");
    }

    private static ActionCommand command(Review review, OutboundAction action) {
        return new ActionCommand(review.connectionId, "review-reply:" + review.id, action, false, false,
                ReviewReplies.TASK_TYPE);
    }

    private Uni<List<ActionOutcome>> send(Taken taken) {
        return taken.commands().isEmpty() ? Uni.createFrom().item(List.of()) : gateway.executeAll(taken.commands());
    }

    private Uni<Void> settle(Taken taken, List<ActionOutcome> outcomes) {
        return Multi.createFrom().range(0, outcomes.size())
                .onItem().transformToUniAndConcatenate(i -> reviews.findById(taken.auto().get(i).id)
                        .chain(review -> replies.settle(review, outcomes.get(i).deliveryId(), outcomes.get(i).status())
                                .chain(() -> review.replyStatus == Review.ReplyStatus.FAILED
                                        ? handOverFailed(review, outcomes.get(i)) : Uni.createFrom().voidItem())))
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> handOverFailed(Review review, ActionOutcome outcome) {
        if ("AUTH_EXPIRED".equals(outcome.errorKind())) {
            return Uni.createFrom().voidItem(); // the gateway opened "reconnect" for the connection
        }
        return manualTasks.handOff(review.businessId, new com.verticallight.execution.HandOff("reply-to-review-manually",
                null, null, com.verticallight.execution.Priority.MEDIUM, null, ReviewReplies.reference(review))
                .withWords(Words.of(
                        "title", Phrase.of("review.task.replyYourself", "who", ReviewReplies.whoWords(review)),
                        "reason", Phrase.of("review.task.replyRefused", "error", String.valueOf(outcome.message()),
                                "reply", review.replyText == null ? "" : review.replyText),
                        "trigger", ReviewReplies.triggerWords(review)))).invoke(task -> review.manualTaskId = task.id())
                .chain(() -> reviews.flush(review)).replaceWithVoid();
    }
}
