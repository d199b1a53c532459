package com.verticallight.review;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/**
 * Told about reviews the moment they are first stored, by whichever path read them (daily plan or review sync),
 * inside that transaction: e.g. matching a happy reviewer to a customer to send them a referral code.
 */
public interface NewReviewListener {

    Uni<Void> recorded(UUID businessId, List<Review> fresh);
}
