package com.verticallight.content.engagement;

import com.verticallight.business.BusinessService;
import com.verticallight.channel.ChannelKind;
import com.verticallight.content.engagement.EngagementViews.ChannelTotals;
import com.verticallight.content.engagement.EngagementViews.PostView;
import com.verticallight.content.engagement.EngagementViews.Report;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The business's published posts with their engagement, and the sums per channel, computed from the stored reads. */
@ApplicationScoped
public class EngagementService {

    @Inject
    PostEngagementRepository engagements;

    @Inject
    BusinessService businesses;

    @Inject
    Clock clock;

    @WithSession
    public Uni<Report> report(UUID businessId, int days) {
        Instant from = clock.instant().minus(Duration.ofDays(days));
        return businesses.get(businessId).chain(business -> engagements.list(
                "businessId = :businessId and publishedAt >= :from", Map.of("businessId", businessId, "from", from),
                "publishedAt desc, id")).map(rows -> new Report(businessId, from, days, totals(rows),
                        rows.stream().map(PostView::of).toList()));
    }

    static List<ChannelTotals> totals(List<PostEngagement> rows) {
        Map<ChannelKind, List<PostEngagement>> byChannel = new TreeMap<>();
        rows.forEach(row -> byChannel.computeIfAbsent(row.channel, c -> new ArrayList<>()).add(row));
        List<ChannelTotals> totals = new ArrayList<>();
        byChannel.forEach((channel, posts) -> totals.add(new ChannelTotals(channel, posts.size(),
                sum(posts, p -> p.likes), sum(posts, p -> p.comments), sum(posts, p -> p.shares),
                (int) posts.stream().filter(p -> p.reach != null).count(), sum(posts, p -> p.reach),
                sum(posts, p -> p.views))));
        return totals;
    }

    private static long sum(List<PostEngagement> posts, java.util.function.Function<PostEngagement, Long> figure) {
        return posts.stream().map(figure).filter(java.util.Objects::nonNull).mapToLong(Long::longValue).sum();
    }
}
