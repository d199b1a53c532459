package com.verticallight.content.engagement;

import com.verticallight.channel.ChannelKind;
import com.verticallight.job.JobRequest;
import com.verticallight.job.JobScheduler;
import com.verticallight.platform.json.JsonText;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Starts following a published post: its row and the job of its first engagement read, in the publisher's
 * transaction (so a post published is a post followed). Reads come 1 h, 24 h, 3 days and 7 days after publishing:
 * most engagement on a local business's post happens in its first days. Only Facebook and Instagram report
 * engagement per post; Google Business Profile has no per-post figures in its API.
 */
@ApplicationScoped
public class EngagementTracker {

    static final String KIND = "engagement.read";
    static final List<Duration> READS = List.of(Duration.ofHours(1), Duration.ofHours(24), Duration.ofDays(3),
            Duration.ofDays(7));
    static final Set<ChannelKind> PLATFORMS = Set.of(ChannelKind.FACEBOOK_PAGE, ChannelKind.INSTAGRAM);
    /** A read that keeps failing (token expired for days) is given up after this many attempts; the next one runs. */
    static final int ATTEMPTS = 4;

    /** A post that went out for real (not sandbox), with the platform's id for it. */
    public record Published(UUID businessId, UUID connectionId, ChannelKind channel, UUID deliveryId,
            String platformPostId, String text, Instant publishedAt) {
    }

    record Payload(UUID engagementId, int read) {
    }

    @Inject
    PostEngagementRepository engagements;

    @Inject
    JobScheduler jobs;

    /** Inside the publisher's transaction; a post already followed (a job run twice) is left as it is. */
    public Uni<Void> track(Published post) {
        if (!PLATFORMS.contains(post.channel()) || post.platformPostId() == null) {
            return Uni.createFrom().voidItem();
        }
        return engagements.first("channel = :channel and platformPostId = :id",
                Map.of("channel", post.channel(), "id", post.platformPostId())).chain(found -> {
                    if (found != null) {
                        return Uni.createFrom().voidItem();
                    }
                    PostEngagement row = new PostEngagement();
                    row.businessId = post.businessId();
                    row.connectionId = post.connectionId();
                    row.channel = post.channel();
                    row.platformPostId = post.platformPostId();
                    row.deliveryId = post.deliveryId();
                    row.postText = post.text();
                    row.publishedAt = post.publishedAt();
                    row.nextReadAt = post.publishedAt().plus(READS.get(0));
                    return engagements.add(row).chain(saved -> schedule(saved, 1)).replaceWithVoid();
                });
    }

    /** The job of read number {@code read} (1-based), or nothing after the last one. */
    Uni<Void> schedule(PostEngagement row, int read) {
        if (read > READS.size()) {
            row.nextReadAt = null;
            return Uni.createFrom().voidItem();
        }
        Instant at = row.publishedAt.plus(READS.get(read - 1));
        row.nextReadAt = at;
        return jobs.schedule(new JobRequest(KIND, JsonText.write(new Payload(row.id, read)), at,
                "engagement:" + row.id + ":" + read, "engagement:" + row.id, ATTEMPTS)).replaceWithVoid();
    }
}
