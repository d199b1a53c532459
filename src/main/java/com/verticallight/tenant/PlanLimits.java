package com.verticallight.tenant;

import com.verticallight.platform.problem.PlanLimitExceeded;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.hibernate.LockMode;

/**
 * Guards creation against the tenant's plan. The tenant row is locked for the rest of the transaction,
 * so two concurrent creations cannot both pass the check. Call inside the creating transaction. A refusal is also
 * noted for the owners, once per limit and day ({@link LimitNotices}).
 */
@ApplicationScoped
public class PlanLimits {

    @Inject
    CurrentTenant currentTenant;

    @Inject
    LimitNotices notices;

    public Uni<Void> requireRoomForOneMore(Limit limit, Supplier<Uni<Long>> currentCount) {
        return Panache.getSession()
                .chain(session -> session.find(Tenant.class, currentTenant.id(), LockMode.PESSIMISTIC_WRITE)
                        .chain(tenant -> session.find(Plan.class, tenant.plan)))
                .chain(plan -> currentCount.get().chain(count -> {
                    long allowed = plan.allowed(limit);
                    if (count + 1 <= allowed) {
                        return Uni.createFrom().voidItem();
                    }
                    return notices.reached(currentTenant.id(), limit.apiName(), allowed, plan.code.name())
                            .chain(() -> Uni.createFrom().failure(
                                    new PlanLimitExceeded(limit.apiName(), allowed, plan.code.name())));
                }));
    }
}
