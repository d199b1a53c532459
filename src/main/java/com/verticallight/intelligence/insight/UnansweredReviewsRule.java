package com.verticallight.intelligence.insight;

import com.verticallight.execution.ManualTaskRepository;
import com.verticallight.execution.TaskStatus;
import com.verticallight.execution.Priority;
import com.verticallight.review.Review;
import com.verticallight.review.ReviewRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reviews without an answer on the platform: no reply (by the automation, the owner or before we saw it) and none
 * under way, that is the reply status is NEW, NEEDS_PERSON (handed to the owner) or FAILED (the platform refused the
 * automatic reply); written by the customer longer ago than the grace period (24 hours; the review's own date, as the
 * customer sees it, not when a sync first saw it); and not closed by a person (a DONE manual task for the review,
 * e.g. answered on the platform by hand). A reply only simulated in sandbox mode counts as taken by the automation.
 */
@ApplicationScoped
public class UnansweredReviewsRule implements InsightRule {

    private static final int LISTED = 10;
    static final List<Review.ReplyStatus> WAITING = List.of(Review.ReplyStatus.NEW, Review.ReplyStatus.NEEDS_PERSON,
            Review.ReplyStatus.FAILED);

    @Inject
    ReviewRepository reviews;

    @Inject
    ManualTaskRepository manualTasks;

    @Inject
    InsightConfig config;

    @Override
    public String type() {
        return "unanswered_reviews";
    }

    @Override
    public Uni<List<Finding>> find(InsightContext context) {
        UUID businessId = context.business().id;
        Map<String, Object> params = Map.of("b", businessId, "waiting", WAITING,
                "written", context.now().minus(config.unansweredAfter()));
        return reviews.list("businessId = :b and replied = false and replyStatus in :waiting"
                        + " and coalesce(reviewedAt, firstSeenAt) <= :written", params, "firstSeenAt")
                .chain(waiting -> answeredByHand(businessId).map(done -> waiting.stream()
                        .filter(r -> !done.contains("review:" + r.platformReviewId)).toList()))
                .map(unanswered -> unanswered.isEmpty() ? List.of() : List.of(finding(unanswered)));
    }

    private Uni<Set<String>> answeredByHand(UUID businessId) {
        return manualTasks.list("businessId = :b and status = :done and reference like 'review:%'",
                Map.of("b", businessId, "done", TaskStatus.DONE), null)
                .map(byPerson -> {
                    Set<String> keys = new HashSet<>();
                    byPerson.forEach(t -> keys.add(t.reference));
                    return keys;
                });
    }

    private static Finding finding(List<Review> unanswered) {
        int lowest = unanswered.stream().mapToInt(r -> r.stars).min().orElseThrow();
        Review oldest = unanswered.stream().min(Comparator.comparing(UnansweredReviewsRule::written)).orElseThrow();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("unansweredReviews", unanswered.size());
        evidence.put("lowestStars", lowest);
        evidence.put("oldestFirstSeenAt", oldest.firstSeenAt.toString());
        evidence.put("oldestWrittenAt", written(oldest).toString());
        evidence.put("reviews", unanswered.stream().limit(LISTED).map(r -> Map.of("platformReviewId",
                r.platformReviewId, "stars", r.stars, "platform", r.platform.name(), "replyStatus",
                r.replyStatus.name(), "writtenAt", written(r).toString())).toList());
        String count = unanswered.size() == 1 ? "1 review" : unanswered.size() + " reviews";
        return new Finding("reviews", "Answer " + count + " waiting for a reply",
                count + " still have no answer, the oldest written " + written(oldest) + "; the lowest is "
                        + lowest + " stars.", lowest <= 3 ? Priority.HIGH : Priority.MEDIUM, unanswered.size(), evidence);
    }

    /** When the customer wrote it (when first seen, if the platform gave no date). */
    private static java.time.Instant written(Review r) {
        return r.reviewedAt != null ? r.reviewedAt : r.firstSeenAt;
    }
}
