package com.verticallight.referral;

import com.verticallight.business.Money;
import com.verticallight.platform.tenancy.TenantScopedRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SaleRepository extends TenantScopedRepository<Sale> {

    SaleRepository() {
        super(Sale.class);
    }

    /** Contacts named so (any case) who bought from the business since the time. */
    Uni<List<UUID>> buyersNamed(UUID businessId, String name, Instant since) {
        String hql = "select distinct s.contactId from Sale s, Contact c where s.tenantId = :tenantId"
                + " and c.tenantId = :tenantId and c.id = s.contactId and s.businessId = :businessId"
                + " and s.occurredAt >= :since and lower(trim(c.name)) = :name";
        return Panache.getSession().chain(s -> s.createSelectionQuery(hql, UUID.class)
                .setParameter("tenantId", tenant.id()).setParameter("businessId", businessId)
                .setParameter("since", since).setParameter("name", name.trim().toLowerCase(java.util.Locale.ROOT))
                .getResultList());
    }

    /**
     * Whether the customer was asked for a review since the time for another sale (or, with pending, has an ask
     * still scheduled): then they are not asked again (the review request cooldown).
     */
    Uni<Boolean> askedSince(UUID businessId, UUID contactId, UUID exceptSale, Instant since, boolean pending) {
        return count("businessId = :businessId and contactId = :contactId and id <> :sale"
                + " and (reviewRequestedAt >= :since" + (pending ? " or reviewRequestStatus = 'SCHEDULED')" : ")"),
                java.util.Map.of("businessId", businessId, "contactId", contactId, "sale", exceptSale, "since", since))
                .map(n -> n > 0);
    }

    /** Distinct codes used by the business's sales in [from, to). */
    Uni<Long> codesUsed(UUID businessId, Instant from, Instant to) {
        String hql = "select count(distinct s.referralCodeId) from Sale s where s.tenantId = :tenantId"
                + " and s.businessId = :businessId and s.referralCodeId is not null"
                + " and s.occurredAt >= :from and s.occurredAt < :to";
        return Panache.getSession().chain(s -> s.createSelectionQuery(hql, Long.class)
                .setParameter("tenantId", tenant.id()).setParameter("businessId", businessId)
                .setParameter("from", from).setParameter("to", to).getSingleResult());
    }

    /** Revenue of the business's referred sales in [from, to), per currency. */
    Uni<List<Money>> referredRevenue(UUID businessId, Instant from, Instant to) {
        String hql = "select s.currency, sum(s.amountMinor) from Sale s where s.tenantId = :tenantId"
                + " and s.businessId = :businessId and s.referralCodeId is not null"
                + " and s.occurredAt >= :from and s.occurredAt < :to group by s.currency order by s.currency";
        return Panache.getSession().chain(s -> s.createSelectionQuery(hql, Object[].class)
                .setParameter("tenantId", tenant.id()).setParameter("businessId", businessId)
                .setParameter("from", from).setParameter("to", to).getResultList())
                .map(rows -> rows.stream().map(r -> new Money(((Number) r[1]).longValue(), (String) r[0])).toList());
    }
}
