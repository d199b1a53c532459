package com.verticallight.referral;

import com.verticallight.review.NewReviewListener;
import com.verticallight.review.Review;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Matches a new review of 4 or 5 stars to the customer who wrote it: the one contact with that name (any case) who
 * bought from the business in the last 90 days. An ambiguous or unknown name matches nobody. When the business sends
 * codes after a review, the matched customer's code is issued and sent.
 */
@ApplicationScoped
public class ReviewerMatch implements NewReviewListener {

    static final Duration BOUGHT_WITHIN = Duration.ofDays(90);
    private static final int HAPPY_FROM_STARS = 4;

    @Inject
    SaleRepository sales;

    @Inject
    ReferralSettings settings;

    @Inject
    ReferralCodes codes;

    @Inject
    Clock clock;

    @Override
    public Uni<Void> recorded(UUID businessId, List<Review> fresh) {
        List<Review> happy = fresh.stream()
                .filter(r -> r.stars >= HAPPY_FROM_STARS && r.reviewerName != null && !r.reviewerName.isBlank())
                .toList();
        if (happy.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return settings.of(businessId).chain(setting -> Multi.createFrom().iterable(happy)
                .onItem().transformToUniAndConcatenate(review -> match(businessId, review, setting))
                .collect().last()).replaceWithVoid();
    }

    private Uni<Void> match(UUID businessId, Review review, ReferralSetting setting) {
        Instant now = clock.instant();
        return sales.buyersNamed(businessId, review.reviewerName, now.minus(BOUGHT_WITHIN)).chain(buyers -> {
            if (buyers.size() != 1) {
                return Uni.createFrom().voidItem();
            }
            review.contactId = buyers.get(0);
            Uni<Void> flushed = Panache.getSession().chain(s -> s.flush());
            if (setting.referralTrigger != ReferralSetting.Trigger.AFTER_REVIEW) {
                return flushed;
            }
            return flushed.chain(() -> codes.issue(businessId, review.contactId, ReferralSetting.Trigger.AFTER_REVIEW,
                    now, "review:" + review.id)).replaceWithVoid();
        });
    }
}
