package com.verticallight.content.engagement;

import com.verticallight.channel.ChannelKind;
import com.verticallight.job.JobRequest;
import com.verticallight.job.JobScheduler;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

    private static final String INSERT = """
            insert into post_engagement (id, tenant_id, business_id, connection_id, channel, platform_post_id,
                                         delivery_id, post_text, published_at, next_read_at, reads, version)
            values (:id, :tenant, :business, :connection, :channel, :postId, :delivery, :text, :published, :nextRead, 0, 0)
            on conflict (tenant_id, channel, platform_post_id) do nothing""";

    @Inject
    CurrentTenant currentTenant;

    @Inject
    JobScheduler jobs;

    /**
     * Inside the publisher's transaction; a post already followed (a job run twice, or two runs of one tenant that
     * got the same post id at once) is left as it is: the row is inserted with ON CONFLICT DO NOTHING, and only the
     * run that inserted it schedules the first read.
     */
    public Uni<Void> track(Published post) {
        if (!PLATFORMS.contains(post.channel()) || post.platformPostId() == null) {
            return Uni.createFrom().voidItem();
        }
        UUID id = UUID.randomUUID();
        Instant firstRead = post.publishedAt().plus(READS.get(0));
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                .setParameter("id", id).setParameter("tenant", currentTenant.id())
                .setParameter("business", post.businessId()).setParameter("connection", post.connectionId())
                .setParameter("channel", post.channel().name()).setParameter("postId", post.platformPostId())
                .setParameter("delivery", post.deliveryId()).setParameter("text", post.text())
                .setParameter("published", post.publishedAt()).setParameter("nextRead", firstRead)
                .executeUpdate())
                .chain(inserted -> inserted == 0 ? Uni.createFrom().voidItem()
                        : jobs.schedule(readRequest(id, 1, firstRead)).replaceWithVoid());
    }

    /** The job of read number {@code read} (1-based), or nothing after the last one. */
    Uni<Void> schedule(PostEngagement row, int read) {
        if (read > READS.size()) {
            row.nextReadAt = null;
            return Uni.createFrom().voidItem();
        }
        Instant at = row.publishedAt.plus(READS.get(read - 1));
        row.nextReadAt = at;
        return jobs.schedule(readRequest(row.id, read, at)).replaceWithVoid();
    }

    private static JobRequest readRequest(UUID engagementId, int read, Instant at) {
        return new JobRequest(KIND, JsonText.write(new Payload(engagementId, read)), at,
                "engagement:" + engagementId + ":" + read, "engagement:" + engagementId, ATTEMPTS);
    }
}
