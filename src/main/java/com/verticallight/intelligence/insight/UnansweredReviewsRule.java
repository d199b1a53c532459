package com.verticallight.intelligence.insight;

import com.verticallight.execution.ManualTaskRepository;
import com.verticallight.execution.TaskStatus;
import com.verticallight.execution.Priority;
import com.verticallight.execution.plan.DayPlanTask;
import com.verticallight.execution.plan.DayPlanTaskRepository;
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
 * Reviews without an answer: not replied when first seen, older than the grace period, and neither answered by
 * the daily plan (a DONE review_reply task) nor by a person (a DONE manual task for the review).
 */
@ApplicationScoped
public class UnansweredReviewsRule implements InsightRule {

    private static final int LISTED = 10;

    @Inject
    ReviewRepository reviews;

    @Inject
    DayPlanTaskRepository tasks;

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
        Map<String, Object> params = Map.of("b", businessId, "seen", context.now().minus(config.unansweredAfter()));
        return reviews.list("businessId = :b and replied = false and firstSeenAt <= :seen", params, "firstSeenAt")
                .chain(waiting -> answered(businessId).map(done -> waiting.stream()
                        .filter(r -> !done.contains("review:" + r.platformReviewId)).toList()))
                .map(unanswered -> unanswered.isEmpty() ? List.of() : List.of(finding(unanswered)));
    }

    private Uni<Set<String>> answered(UUID businessId) {
        return tasks.list("businessId = :b and taskType = 'review_reply' and status = :done",
                Map.of("b", businessId, "done", DayPlanTask.Status.DONE), null)
                .chain(byPlan -> manualTasks.list("businessId = :b and status = :done and reference like 'review:%'",
                        Map.of("b", businessId, "done", TaskStatus.DONE), null)
                        .map(byPerson -> {
                            Set<String> keys = new HashSet<>();
                            byPlan.forEach(t -> keys.add(t.taskKey));
                            byPerson.forEach(t -> keys.add(t.reference));
                            return keys;
                        }));
    }

    private static Finding finding(List<Review> unanswered) {
        int lowest = unanswered.stream().mapToInt(r -> r.stars).min().orElseThrow();
        Review oldest = unanswered.stream().min(Comparator.comparing(r -> r.firstSeenAt)).orElseThrow();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("unansweredReviews", unanswered.size());
        evidence.put("lowestStars", lowest);
        evidence.put("oldestFirstSeenAt", oldest.firstSeenAt.toString());
        evidence.put("reviews", unanswered.stream().limit(LISTED).map(r -> Map.of("platformReviewId",
                r.platformReviewId, "stars", r.stars, "platform", r.platform.name())).toList());
        String count = unanswered.size() == 1 ? "1 review" : unanswered.size() + " reviews";
        return new Finding("reviews", "Answer " + count + " waiting for a reply",
                count + " still have no answer, the oldest first seen " + oldest.firstSeenAt + "; the lowest is "
                        + lowest + " stars.", lowest <= 3 ? Priority.HIGH : Priority.MEDIUM, unanswered.size(), evidence);
    }
}
