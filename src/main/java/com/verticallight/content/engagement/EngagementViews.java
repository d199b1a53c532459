package com.verticallight.content.engagement;

import com.verticallight.channel.ChannelKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the engagement API answers. */
public final class EngagementViews {

    private EngagementViews() {
    }

    @Schema(name = "PostEngagement", description = "A published post and its engagement as last read from the "
            + "platform; a figure the platform does not report is null")
    public record PostView(UUID id, ChannelKind channel, String platformPostId, String text, Instant publishedAt,
            Long likes, Long comments, Long shares, Long reach, Long views, int reads, Instant lastReadAt,
            Instant nextReadAt, String lastError) {

        static PostView of(PostEngagement e) {
            return new PostView(e.id, e.channel, e.platformPostId, e.postText, e.publishedAt, e.likes, e.comments,
                    e.shares, e.reach, e.views, e.reads, e.lastReadAt, e.nextReadAt, e.lastError);
        }
    }

    @Schema(name = "ChannelEngagement", description = "Sums over the channel's posts in the period; reach and views "
            + "are summed over the posts that report them (postsWithReach)")
    public record ChannelTotals(ChannelKind channel, int posts, long likes, long comments, long shares,
            int postsWithReach, long reach, long views) {
    }

    @Schema(name = "EngagementReport")
    public record Report(UUID businessId, Instant from, int days, List<ChannelTotals> channels, List<PostView> posts) {
    }
}
