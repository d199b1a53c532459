package com.verticallight.execution;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class LedgerRepository extends TenantScopedRepository<LedgerRow> {

    LedgerRepository() {
        super(LedgerRow.class);
    }

    /** Rows of one business that ended in [from, to), counted by kind in the database; scoped to the tenant. */
    Uni<List<LedgerTally>> tally(UUID businessId, Instant from, Instant to) {
        String hql = "select taskType, automated, sandbox, outcome, minutesSavedBaseline, count(*),"
                + " coalesce(sum(revenueAttributedMinor), 0) from LedgerRow"
                + " where tenantId = :tenantId and businessId = :businessId and endedAt >= :from and endedAt < :to"
                + " group by taskType, automated, sandbox, outcome, minutesSavedBaseline"
                + " order by taskType, automated, sandbox, outcome, minutesSavedBaseline";
        return Panache.getSession().chain(s -> s.createSelectionQuery(hql, Object[].class)
                .setParameter("tenantId", tenant.id())
                .setParameter("businessId", businessId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList())
                .map(rows -> rows.stream().map(r -> new LedgerTally((String) r[0], (Boolean) r[1], (Boolean) r[2],
                        (Outcome) r[3], ((Number) r[4]).intValue(), ((Number) r[5]).longValue(),
                        ((Number) r[6]).longValue())).toList());
    }
}
