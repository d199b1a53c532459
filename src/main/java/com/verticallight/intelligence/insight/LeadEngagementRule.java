package com.verticallight.intelligence.insight;

import com.verticallight.execution.Priority;
import com.verticallight.lead.Lead;
import com.verticallight.lead.LeadRepository;
import com.verticallight.lead.LeadStatus;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Few leads answer the follow-ups: of at least 5 leads in the last 30 days (all older than the 72-hour
 * sequence), under a quarter ever replied (ENGAGED or further). The thresholds are product estimates.
 */
@ApplicationScoped
public class LeadEngagementRule implements InsightRule {

    static final Duration WINDOW = Duration.ofDays(30);
    static final Duration SEQUENCE = Duration.ofHours(72);
    static final int MIN_LEADS = 5;
    static final BigDecimal LOW_PERCENT = BigDecimal.valueOf(25);
    private static final Set<LeadStatus> ENGAGED = EnumSet.of(LeadStatus.ENGAGED, LeadStatus.QUALIFIED,
            LeadStatus.CONVERTED);

    @Inject
    LeadRepository leads;

    @Override
    public String type() {
        return "low_lead_engagement";
    }

    @Override
    public Uni<List<Finding>> find(InsightContext context) {
        return leads.list("businessId = :b and createdAt >= :from and createdAt <= :done",
                Map.of("b", context.business().id, "from", context.now().minus(WINDOW),
                        "done", context.now().minus(SEQUENCE)), "createdAt")
                .map(LeadEngagementRule::findings);
    }

    static List<Finding> findings(List<Lead> all) {
        if (all.size() < MIN_LEADS) {
            return List.of();
        }
        long engaged = all.stream().filter(l -> ENGAGED.contains(l.status)).count();
        BigDecimal percent = BigDecimal.valueOf(engaged * 100).divide(BigDecimal.valueOf(all.size()), 1,
                RoundingMode.HALF_UP);
        if (percent.compareTo(LOW_PERCENT) >= 0) {
            return List.of();
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("leads", all.size());
        evidence.put("engaged", engaged);
        evidence.put("engagedPercent", percent);
        evidence.put("thresholdPercent", LOW_PERCENT);
        evidence.put("lost", all.stream().filter(l -> l.status == LeadStatus.LOST).count());
        evidence.put("windowDays", WINDOW.toDays());
        return List.of(new Finding("follow-ups", "Only " + percent + "% of leads replied",
                "Most leads do not answer the follow-ups: try a different first message or offer, or call the "
                        + "high-priority ones.", Priority.MEDIUM, 1, evidence));
    }
}
