package com.verticallight.referral;

import com.verticallight.execution.Outcome;
import com.verticallight.platform.tenancy.TenantScopedRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class ReferralCodeRepository extends TenantScopedRepository<ReferralCode> {

    ReferralCodeRepository() {
        super(ReferralCode.class);
    }

    /**
     * Whether any tenant holds the code: codes are unique across tenants, so this looks at the code only and
     * returns nothing but a yes or no.
     */
    Uni<Boolean> existsAnywhere(String code) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                "select count(*) from ReferralCode where code = :code", Long.class)
                .setParameter("code", code).getSingleResult()).map(n -> n > 0);
    }

    /** Codes of the business whose message went out live in [from, to), as the automation ledger recorded it. */
    Uni<Long> countSent(UUID businessId, Instant from, Instant to) {
        String hql = "select count(distinct c.id) from ReferralCode c, LedgerRow l"
                + " where c.tenantId = :tenantId and l.tenantId = :tenantId and c.businessId = :businessId"
                + " and l.businessId = :businessId and l.reference = cast(c.deliveryId as String)"
                + " and l.taskType = 'referral_request' and l.sandbox = false and l.outcome = :done"
                + " and l.endedAt >= :from and l.endedAt < :to";
        return Panache.getSession().chain(s -> s.createSelectionQuery(hql, Long.class)
                .setParameter("tenantId", tenant.id()).setParameter("businessId", businessId)
                .setParameter("done", Outcome.DONE).setParameter("from", from).setParameter("to", to)
                .getSingleResult());
    }
}
