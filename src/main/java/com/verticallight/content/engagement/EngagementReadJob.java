package com.verticallight.content.engagement;

import com.verticallight.channel.connector.EngagementCounts;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.gateway.ChannelGateway;
import com.verticallight.job.JobHandler;
import com.verticallight.job.RunningJob;
import com.verticallight.platform.json.JsonText;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Reads a post's engagement through the gateway and stores it, then schedules the next read. A platform that
 * refuses for good (post deleted, "not enough viewers" on Instagram) is noted and the next read still comes; a
 * temporary failure (throttling, a token being renewed) is retried, and noted once the attempts run out.
 */
@ApplicationScoped
public class EngagementReadJob implements JobHandler {

    @Inject
    PostEngagementRepository engagements;

    @Inject
    EngagementTracker tracker;

    @Inject
    ChannelGateway gateway;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return EngagementTracker.KIND;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        EngagementTracker.Payload payload = JsonText.read(job.payload(), EngagementTracker.Payload.class);
        return Panache.withSession(() -> engagements.findById(payload.engagementId())).chain(row -> row == null
                ? Uni.createFrom().voidItem()
                : gateway.read(row.connectionId, OutboundAction.read(OutboundAction.ActionType.READ_ENGAGEMENT,
                                row.platformPostId))
                        .map(result -> new Reading(EngagementCounts.of(result.body()), null))
                        // a temporary failure fails the job, which retries it; anything else is noted
                        .onFailure(failure -> !keepsTrying(failure, job))
                        .recoverWithItem(failure -> new Reading(null, failure.getMessage()))
                        .chain(reading -> Panache.withTransaction(() -> store(payload, reading))));
    }

    private static boolean keepsTrying(Throwable failure, RunningJob job) {
        boolean temporary = !(failure instanceof PlatformFailure platform) || platform.isRetryable();
        return temporary && job.attempt() < EngagementTracker.ATTEMPTS;
    }

    private record Reading(EngagementCounts counts, String error) {
    }

    private Uni<Void> store(EngagementTracker.Payload payload, Reading reading) {
        return engagements.findById(payload.engagementId()).chain(row -> {
            if (reading.counts() != null) {
                EngagementCounts c = reading.counts();
                row.likes = c.likes() != null ? c.likes() : row.likes;
                row.comments = c.comments() != null ? c.comments() : row.comments;
                row.shares = c.shares() != null ? c.shares() : row.shares;
                row.reach = c.reach() != null ? c.reach() : row.reach;
                row.views = c.views() != null ? c.views() : row.views;
                row.reads++;
                row.lastReadAt = clock.instant();
            }
            row.lastError = reading.error();
            return tracker.schedule(row, payload.read() + 1).chain(() -> engagements.flush(row));
        }).replaceWithVoid();
    }
}
