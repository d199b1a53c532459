package com.verticallight.execution.plan;

import com.verticallight.channel.ChannelKind;
import com.verticallight.review.Review;
import com.verticallight.review.ReviewReplies;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/**
 * A reply to each new review, by the shared policy ({@link ReviewReplies}): thanked automatically at 4 or 5 stars,
 * handed to the owner at 3 or fewer. A review the review sync took on first is not answered again.
 */
@ApplicationScoped
public class ReviewContributor implements PlanContributor {

    @Inject
    ReviewReplies replies;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Uni<List<PlannedTask>> plan(DayContext day) {
        return Multi.createFrom().iterable(day.newReviews())
                .onItem().transformToUniAndConcatenate(review -> replies.take(day.business(), review,
                        Review.Path.DAILY_PLAN, day.date()).map(answer -> answer == null ? null : task(answer)))
                .collect().asList()
                .map(tasks -> tasks.stream().filter(Objects::nonNull).toList());
    }

    private static PlannedTask task(ReviewReplies.Answer answer) {
        Review review = answer.review();
        String key = ReviewReplies.reference(review);
        if (!answer.automatic()) {
            return PlannedTask.manual(key, ReviewReplies.TASK_TYPE, review.platform, answer.title(), review.comment,
                    answer.trigger(), answer.handOff()).withWords(answer.words());
        }
        return PlannedTask.automated(key, ReviewReplies.TASK_TYPE, review.platform, review.connectionId,
                answer.title(), answer.reply(), answer.trigger(), answer.action()).withWords(answer.words());
    }

    static boolean isReviewPlatform(ChannelKind kind) {
        return kind == ChannelKind.GOOGLE_BUSINESS_PROFILE;
    }
}
