package com.verticallight.intelligence.insight;

import com.verticallight.execution.Priority;
import com.verticallight.lead.Lead;
import com.verticallight.lead.LeadRepository;
import com.verticallight.lead.LeadStatus;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Leads of the last 30 days that never got the first reply (no channel to answer on, or the send was refused)
 * and are over an hour old: every hour without an answer makes a lead less likely to buy.
 */
@ApplicationScoped
public class UnansweredLeadsRule implements InsightRule {

    static final Duration WINDOW = Duration.ofDays(30);
    static final Duration WAITED = Duration.ofHours(1);

    @Inject
    LeadRepository leads;

    @Override
    public String type() {
        return "unanswered_leads";
    }

    @Override
    public Uni<List<Finding>> find(InsightContext context) {
        return leads.list("businessId = :b and status = :new and createdAt >= :from and createdAt <= :waited",
                Map.of("b", context.business().id, "new", LeadStatus.NEW, "from", context.now().minus(WINDOW),
                        "waited", context.now().minus(WAITED)), "createdAt")
                .map(found -> found.isEmpty() ? List.of() : List.of(finding(found)));
    }

    private static Finding finding(List<Lead> waiting) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("leadsWithoutReply", waiting.size());
        evidence.put("oldestCreatedAt", waiting.get(0).createdAt.toString());
        evidence.put("windowDays", WINDOW.toDays());
        evidence.put("olderThanMinutes", WAITED.toMinutes());
        return new Finding("leads", waiting.size() + " leads got no reply",
                "These enquiries never received the first message: connect WhatsApp or SMS, or call them back today.",
                Priority.HIGH, waiting.size(), evidence);
    }
}
