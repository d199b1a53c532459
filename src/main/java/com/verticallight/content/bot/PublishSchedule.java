package com.verticallight.content.bot;

import com.verticallight.job.JobRequest;
import com.verticallight.job.JobScheduler;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Approves posts and keeps one durable publish job per approved post at its time. Joins the caller's transaction,
 * so the post's status and its job are committed together.
 */
@ApplicationScoped
public class PublishSchedule {

    public static final String KIND = "content.publish";

    @Inject
    JobScheduler jobs;

    @Inject
    Clock clock;

    /** The job carries only the post's id: the text is read when it runs, so an edit after approval is published. */
    public record Payload(UUID postId) {
    }

    /** APPROVED then SCHEDULED with its job; a 400 naming the field when the platform would not take it. */
    Uni<BotPost> approve(BotPost post) {
        var errors = PostRules.approvalErrors(post.platform, post.text, post.imageUrl);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        Instant now = clock.instant();
        post.status = PostStatus.APPROVED;
        post.approvedAt = now;
        return schedule(post);
    }

    /** (Re)places the publish job at the post's time (now when that has passed) and marks the post SCHEDULED. */
    Uni<BotPost> schedule(BotPost post) {
        Instant now = clock.instant();
        Instant at = post.scheduledAt.isBefore(now) ? now : post.scheduledAt;
        post.status = PostStatus.SCHEDULED;
        post.updatedAt = now;
        return jobs.cancelAll(correlation(post.id))
                .chain(() -> jobs.reschedule(new JobRequest(KIND, JsonText.write(new Payload(post.id)), at,
                        "content-publish:" + post.id + ":" + at.getEpochSecond(), correlation(post.id), null)))
                .replaceWith(post);
    }

    Uni<Integer> cancel(UUID postId) {
        return jobs.cancelAll(correlation(postId));
    }

    static String correlation(UUID postId) {
        return "content-post:" + postId;
    }
}
