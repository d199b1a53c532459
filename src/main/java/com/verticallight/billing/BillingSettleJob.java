package com.verticallight.billing;

import com.verticallight.job.JobHandler;
import com.verticallight.job.RunningJob;
import com.verticallight.tenant.PlanCode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Runs when a grace period or a cancelled subscription's paid period ends. If the account is still unpaid then, it
 * falls back to the free plan's limits; its data stays. A payment that arrived meanwhile has cancelled this job, and
 * the check below makes a late run harmless.
 */
@ApplicationScoped
public class BillingSettleJob implements JobHandler {

    public static final String KIND = "billing.settle";

    @Inject
    BillingAccounts accounts;

    @Inject
    Clock clock;

    static String correlation(UUID tenantId) {
        return "billing:" + tenantId;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> accounts.lock(job.tenantId()).chain(account -> {
            if (!lapsed(account, now)) {
                return Uni.createFrom().voidItem();
            }
            if (account.state == BillingState.ACTIVE) {
                account.state = BillingState.CANCELLED;
            }
            account.updatedAt = now;
            return accounts.applyLimits(account.tenantId, PlanCode.FREE);
        }));
    }

    static boolean lapsed(BillingAccount account, Instant now) {
        return switch (account.state) {
            case PAST_DUE, HALTED -> account.graceEndsAt != null && !account.graceEndsAt.isAfter(now);
            case CANCELLED -> account.cancelAt == null || !account.cancelAt.isAfter(now);
            case ACTIVE -> account.cancelAt != null && !account.cancelAt.isAfter(now);
            default -> false;
        };
    }
}
