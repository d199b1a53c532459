package com.verticallight.analytics.churn;

import java.time.LocalDate;
import java.util.UUID;

/** One day a customer came: a sale (with its amount) or a kept appointment (amount 0), on the business's date. */
public record Visit(UUID contactId, LocalDate day, long amountMinor) {
}
