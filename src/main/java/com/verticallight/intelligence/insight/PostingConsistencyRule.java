package com.verticallight.intelligence.insight;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ChannelConnection;
import com.verticallight.channel.connection.ConnectionRepository;
import com.verticallight.execution.Priority;
import com.verticallight.execution.plan.DayPlanTask;
import com.verticallight.execution.plan.DayPlanTaskRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Posting consistency per connected posting channel: the days of the window (the last N days, or since the
 * connection was made) with a post the daily plan actually published (task DONE). Sandbox posts (SIMULATED) are
 * shown as evidence but are not posts.
 */
@ApplicationScoped
public class PostingConsistencyRule implements InsightRule {

    static final Set<ChannelKind> POSTING = Set.of(ChannelKind.FACEBOOK_PAGE, ChannelKind.INSTAGRAM,
            ChannelKind.GOOGLE_BUSINESS_PROFILE);

    @Inject
    ConnectionRepository connections;

    @Inject
    DayPlanTaskRepository tasks;

    @Inject
    InsightConfig config;

    @Override
    public String type() {
        return "posting_gap";
    }

    @Override
    public Uni<List<Finding>> find(InsightContext context) {
        Instant windowStart = context.now().minus(Duration.ofDays(config.postingDays()));
        return connections.list("businessId = :b and kind in :kinds", Map.of("b", context.business().id,
                "kinds", POSTING), "kind").chain(posting -> tasks.list(
                        "businessId = :b and taskType in ('social_post', 'google_post') and finishedAt >= :from",
                        Map.of("b", context.business().id, "from", windowStart), null)
                .map(done -> {
                    List<Finding> findings = new ArrayList<>();
                    for (ChannelConnection connection : posting) {
                        finding(context, connection, done, windowStart).ifPresent(findings::add);
                    }
                    return findings;
                }));
    }

    private java.util.Optional<Finding> finding(InsightContext context, ChannelConnection connection,
            List<DayPlanTask> tasks, Instant windowStart) {
        ZoneId zone = context.zone();
        Instant from = connection.createdAt.isAfter(windowStart) ? connection.createdAt : windowStart;
        LocalDate firstDay = from.atZone(zone).toLocalDate();
        LocalDate today = context.now().atZone(zone).toLocalDate();
        long days = java.time.temporal.ChronoUnit.DAYS.between(firstDay, today) + 1;
        List<DayPlanTask> mine = tasks.stream().filter(t -> t.channel == connection.kind && t.finishedAt != null
                && !t.finishedAt.isBefore(from)).toList();
        long postedDays = mine.stream().filter(t -> t.status == DayPlanTask.Status.DONE)
                .map(t -> t.finishedAt.atZone(zone).toLocalDate()).distinct().count();
        if (days < 2 || postedDays >= days * config.postingMinShare()) {
            return java.util.Optional.empty();
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("channel", connection.kind.name());
        evidence.put("connectionMode", connection.mode.name());
        evidence.put("from", firstDay.toString());
        evidence.put("to", today.toString());
        evidence.put("days", days);
        evidence.put("daysWithAPost", postedDays);
        evidence.put("minimumShare", config.postingMinShare());
        evidence.put("simulatedPosts", mine.stream().filter(t -> t.status == DayPlanTask.Status.SIMULATED).count());
        evidence.put("failedPosts", mine.stream().filter(t -> t.status == DayPlanTask.Status.FAILED).count());
        String name = connection.kind.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return java.util.Optional.of(new Finding(connection.kind.name() + ":" + connection.id,
                "Posted on " + name + " on " + postedDays + " of the last " + days + " days",
                "Posts were published on " + name + " on " + postedDays + " of " + days + " days (" + firstDay + " to "
                        + today + ")." + (connection.mode.name().equals("SANDBOX")
                                ? " The connection is in sandbox mode: switch it to live so the daily posts go out." : ""),
                Priority.MEDIUM, 1, evidence));
    }
}
