package com.verticallight.content.bot;

import com.verticallight.platform.outbox.Outbox;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.gateway.ChannelGateway;
import com.verticallight.content.engagement.EngagementTracker;
import com.verticallight.channel.gateway.DeliveryStatus;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.job.JobHandler;
import com.verticallight.job.RunningJob;
import com.verticallight.platform.json.JsonText;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Publishes an approved post when its job comes due: through the gateway (idempotency key from the post id, so a
 * retried job never posts twice; task type social_post or google_post, so the ledger counts it), then records the
 * outcome on the post, and starts following its engagement. A post rejected or moved since the job was placed is
 * left alone.
 */
@ApplicationScoped
public class PublishJob implements JobHandler {

    @Inject
    BotPostRepository posts;

    @Inject
    ChannelGateway gateway;

    @Inject
    EngagementTracker engagement;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return PublishSchedule.KIND;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        UUID postId = JsonText.read(job.payload(), PublishSchedule.Payload.class).postId();
        return Panache.withSession(() -> posts.findById(postId)).chain(post -> {
            if (post == null || post.status != PostStatus.SCHEDULED || post.scheduledAt.isAfter(clock.instant())) {
                return Uni.createFrom().voidItem();
            }
            ActionCommand command = new ActionCommand(post.connectionId, "content-post:" + post.id, action(post),
                    false, false, post.platform == ChannelKind.GOOGLE_BUSINESS_PROFILE ? "google_post" : "social_post");
            return gateway.executeAll(List.of(command))
                    .map(outcomes -> outcomes.get(0))
                    .onFailure().recoverWithItem(failure -> new ActionOutcome(null, post.connectionId,
                            command.idempotencyKey(), DeliveryStatus.FAILED, false, null, "REJECTED", null,
                            failure.getMessage(), null))
                    .chain(outcome -> Panache.withTransaction(() -> record(postId, outcome)));
        });
    }

    static OutboundAction action(BotPost post) {
        String image = post.imageUrl == null || post.imageUrl.isBlank() ? null : post.imageUrl;
        if (post.platform != ChannelKind.GOOGLE_BUSINESS_PROFILE) {
            return OutboundAction.post(post.text, image, null);
        }
        return new OutboundAction(OutboundAction.ActionType.POST, null, null, post.text, null, null, null,
                post.language, null, image, null, null, post.link, post.callToAction, null, null, null, null);
    }

    private Uni<Void> record(UUID postId, ActionOutcome outcome) {
        return posts.findById(postId).chain(post -> {
            boolean done = outcome.status() == DeliveryStatus.SENT || outcome.status() == DeliveryStatus.SIMULATED;
            post.status = done ? PostStatus.PUBLISHED : PostStatus.FAILED;
            post.simulated = outcome.status() == DeliveryStatus.SIMULATED;
            post.deliveryId = outcome.deliveryId();
            post.platformPostId = outcome.platformId();
            post.error = done ? null : outcome.message();
            post.publishedAt = done ? clock.instant() : null;
            post.updatedAt = clock.instant();
            Uni<Void> followed = done && !post.simulated ? engagement.track(new EngagementTracker.Published(
                    post.businessId, post.connectionId, post.platform, post.deliveryId, post.platformPostId, post.text,
                    post.publishedAt)) : Uni.createFrom().voidItem();
            Uni<Void> published = !done ? Uni.createFrom().voidItem() : Outbox.emit(post.tenantId, "post.published",
                    Outbox.payload("postId", post.id, "businessId", post.businessId, "platform", post.platform,
                            "text", post.text, "simulated", post.simulated, "platformPostId", post.platformPostId,
                            "publishedAt", post.publishedAt), post.publishedAt);
            return followed.chain(() -> posts.flush(post)).call(() -> published);
        }).replaceWithVoid();
    }
}
