package com.verticallight.intelligence.competitor;

import com.verticallight.intelligence.competitor.CompetitorAlert.Kind;
import java.util.ArrayList;
import java.util.List;

/** When a change between two observations of one competitor is sharp enough to tell the owner. */
public final class AlertRules {

    /** Floating point slack, so 4.5 - 4.2 counts as a move of 0.3. */
    private static final double EPSILON = 1e-9;

    public record Move(Kind kind, double previous, double current) {
    }

    private AlertRules() {
    }

    public static List<Move> between(CompetitorObservation previous, CompetitorObservation current,
            double ratingAlert, double reviewCountShare) {
        List<Move> moves = new ArrayList<>();
        if (previous.rating != null && current.rating != null
                && Math.abs(current.rating - previous.rating) + EPSILON >= ratingAlert) {
            moves.add(new Move(Kind.RATING, previous.rating, current.rating));
        }
        if (previous.reviewCount != null && current.reviewCount != null && previous.reviewCount > 0
                && Math.abs(current.reviewCount - previous.reviewCount) + EPSILON >= reviewCountShare * previous.reviewCount) {
            moves.add(new Move(Kind.REVIEW_COUNT, previous.reviewCount, current.reviewCount));
        }
        return moves;
    }
}
