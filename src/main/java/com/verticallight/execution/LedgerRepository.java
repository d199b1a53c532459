package com.verticallight.execution;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class LedgerRepository extends TenantScopedRepository<LedgerRow> {

    LedgerRepository() {
        super(LedgerRow.class);
    }

    /**
     * The daily rollups of one business for the local days [from, to), day by day, kinds with no rows left out;
     * scoped to the tenant. One range read of the rollup's primary key, however many ledger rows there are.
     */
    Uni<List<DayTally>> days(UUID businessId, LocalDate from, LocalDate to) {
        String hql = "select day, taskType, automated, sandbox, outcome, minutesSavedBaseline, tasks, revenueMinor"
                + " from LedgerDay where tenantId = :tenantId and businessId = :businessId"
                + " and day >= :from and day < :to and tasks > 0";
        return Panache.getSession().chain(s -> s.createSelectionQuery(hql, Object[].class)
                .setParameter("tenantId", tenant.id())
                .setParameter("businessId", businessId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList())
                .map(rows -> rows.stream().map(r -> new DayTally((LocalDate) r[0], new LedgerTally((String) r[1],
                        (Boolean) r[2], (Boolean) r[3], (Outcome) r[4], ((Number) r[5]).intValue(),
                        ((Number) r[6]).longValue(), ((Number) r[7]).longValue()))).toList());
    }

    /** One day's tally of one kind of ledger row. */
    record DayTally(LocalDate day, LedgerTally tally) {
    }
}
