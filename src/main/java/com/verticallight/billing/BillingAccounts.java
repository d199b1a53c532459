package com.verticallight.billing;

import com.verticallight.tenant.Plan;
import com.verticallight.tenant.PlanCode;
import com.verticallight.tenant.Tenant;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.LockMode;

/**
 * Reads and writes a tenant's billing account inside the caller's session. An account is created on first use from
 * what the tenant is on: a trial (TRIALING until it ends, FREE after), or a paid plan set by the operator (ACTIVE).
 */
@ApplicationScoped
public class BillingAccounts {

    @Inject
    BillingConfig config;

    @Inject
    Clock clock;

    /** The account as it stands, not stored (for reads); never null. */
    public Uni<BillingAccount> peek(UUID tenantId) {
        return Panache.getSession().chain(s -> s.find(BillingAccount.class, tenantId))
                .chain(found -> found != null ? Uni.createFrom().item(found) : fresh(tenantId));
    }

    /** The account locked for this transaction, created if it did not exist. */
    public Uni<BillingAccount> lock(UUID tenantId) {
        return Panache.getSession().chain(s -> s.find(BillingAccount.class, tenantId, LockMode.PESSIMISTIC_WRITE)
                .chain(found -> found != null ? Uni.createFrom().item(found)
                        : fresh(tenantId).call(account -> s.persist(account).chain(s::flush))
                                .chain(account -> s.find(BillingAccount.class, tenantId, LockMode.PESSIMISTIC_WRITE))));
    }

    public Uni<Tenant> tenant(UUID tenantId) {
        return Panache.getSession().chain(s -> s.find(Tenant.class, tenantId));
    }

    public Uni<Plan> plan(PlanCode code) {
        return Panache.getSession().chain(s -> s.find(Plan.class, code));
    }

    public Instant trialEnd(Tenant tenant) {
        return tenant.createdAt.plus(config.trial());
    }

    /** Applies a plan's limits to the tenant (its tier follows the plan); nothing else changes, nothing is deleted. */
    public Uni<Void> applyLimits(UUID tenantId, PlanCode plan) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                update tenant set plan_code = :plan, tier = (select tier from plan where code = :plan),
                                  version = version + 1
                where id = :tenant and plan_code <> :plan""")
                .setParameter("plan", plan.name()).setParameter("tenant", tenantId).executeUpdate()
                .call(() -> s.find(Tenant.class, tenantId).chain(t -> t == null ? Uni.createFrom().voidItem()
                        : s.refresh(t))))
                .replaceWithVoid();
    }

    private Uni<BillingAccount> fresh(UUID tenantId) {
        return tenant(tenantId).chain(tenant -> plan(tenant.plan).map(plan -> {
            BillingAccount account = new BillingAccount();
            account.tenantId = tenantId;
            account.mode = "SANDBOX";
            account.updatedAt = clock.instant();
            if (plan.monthlyPriceMinor > 0) {
                account.state = BillingState.ACTIVE; // set by the operator, not through a subscription
                account.plan = plan.code;
            } else if (tenant.plan == PlanCode.TRIAL && clock.instant().isBefore(trialEnd(tenant))) {
                account.state = BillingState.TRIALING;
            } else {
                account.state = BillingState.FREE;
            }
            return account;
        }));
    }
}
