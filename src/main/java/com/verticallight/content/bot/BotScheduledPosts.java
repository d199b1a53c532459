package com.verticallight.content.bot;

import com.verticallight.channel.ChannelKind;
import com.verticallight.execution.plan.ScheduledPostLookup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Tells the daily plan which platforms the bot posts on that day, so nothing is posted twice: an approved,
 * scheduled, published (or failed) post always; with weekly content on, any post of the day (a draft waits for
 * the owner, a rejected one means "no post").
 */
@ApplicationScoped
public class BotScheduledPosts implements ScheduledPostLookup {

    private static final List<PostStatus> COMMITTED = List.of(PostStatus.APPROVED, PostStatus.SCHEDULED,
            PostStatus.PUBLISHED, PostStatus.FAILED);

    @Inject
    BotPostRepository posts;

    @Inject
    BotSettingRepository settings;

    @Override
    public Uni<Set<ChannelKind>> platformsTakenOn(UUID businessId, LocalDate date, ZoneId zone) {
        Map<String, Object> params = Map.of("b", businessId, "from", date.atStartOfDay(zone).toInstant(),
                "to", date.plusDays(1).atStartOfDay(zone).toInstant());
        return settings.of(businessId).chain(setting -> posts.list(
                        "businessId = :b and scheduledAt >= :from and scheduledAt < :to", params, null)
                .map(found -> found.stream()
                        .filter(p -> setting.weeklyContent || COMMITTED.contains(p.status))
                        .map(p -> p.platform)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ChannelKind.class)))));
    }
}
