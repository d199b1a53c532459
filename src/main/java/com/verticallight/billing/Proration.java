package com.verticallight.billing;

import java.time.Duration;
import java.time.Instant;

/**
 * Plan changes in the middle of a paid period, in paise. The unused part of the current period is worth
 * price × unused seconds / period seconds (rounded down, so never more than was paid). An upgrade is charged now for
 * the difference over the rest of the period (the new plan's share minus that credit); its regular charges start when
 * the paid period ends. A downgrade takes effect when the paid period ends, so nothing is owed either way.
 */
public final class Proration {

    private Proration() {
    }

    public static long unusedCredit(long priceMinor, Instant periodStart, Instant periodEnd, Instant at) {
        long period = Duration.between(periodStart, periodEnd).toSeconds();
        if (period <= 0 || !at.isBefore(periodEnd)) {
            return 0;
        }
        long unused = Duration.between(at.isBefore(periodStart) ? periodStart : at, periodEnd).toSeconds();
        return Math.multiplyExact(priceMinor, unused) / period;
    }

    /** What an upgrade costs now: the new plan over the rest of the period, less the old plan's unused credit. */
    public static long upgradeCharge(long oldPriceMinor, long newPriceMinor, Instant periodStart, Instant periodEnd,
            Instant at) {
        long owed = unusedCredit(newPriceMinor, periodStart, periodEnd, at)
                - unusedCredit(oldPriceMinor, periodStart, periodEnd, at);
        return Math.max(0, owed);
    }
}
