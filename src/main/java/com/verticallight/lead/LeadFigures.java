package com.verticallight.lead;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Counts over a business's leads for reports (the portfolio): joins the caller's session. */
@ApplicationScoped
public class LeadFigures {

    @Inject
    LeadRepository leads;

    @Inject
    LeadEventRepository events;

    /**
     * @param replied            leads that got a first reply (moved to CONTACTED)
     * @param firstReplySeconds  for each of those, seconds from arrival to the first reply
     */
    public record Counts(long leads, long replied, long converted, List<Long> firstReplySeconds) {
    }

    /** Leads that arrived in [from, to). */
    public Uni<Counts> arrivedBetween(UUID businessId, Instant from, Instant to) {
        return leads.list("businessId = :b and createdAt >= :from and createdAt < :to",
                Map.of("b", businessId, "from", from, "to", to), null).chain(found -> {
                    if (found.isEmpty()) {
                        return Uni.createFrom().item(new Counts(0, 0, 0, List.of()));
                    }
                    List<UUID> ids = found.stream().map(l -> l.id).toList();
                    return events.list("leadId in :ids and toStatus = :contacted",
                            Map.of("ids", ids, "contacted", LeadStatus.CONTACTED), "createdAt")
                            .map(contacted -> counts(found, contacted));
                });
    }

    private static Counts counts(List<Lead> found, List<LeadEvent> contacted) {
        Map<UUID, Instant> firstReply = new HashMap<>();
        contacted.forEach(e -> firstReply.putIfAbsent(e.leadId, e.createdAt));
        List<Long> seconds = found.stream().filter(l -> firstReply.containsKey(l.id))
                .map(l -> Duration.between(l.createdAt, firstReply.get(l.id)).toSeconds()).sorted().toList();
        long converted = found.stream().filter(l -> l.status == LeadStatus.CONVERTED).count();
        return new Counts(found.size(), seconds.size(), converted, seconds);
    }
}
