package com.verticallight.lead;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The current tenant's leads as an external CRM receives them, oldest first (stable pages while new ones arrive). */
@ApplicationScoped
public class LeadExport {

    @Inject
    LeadRepository leads;

    @WithSession
    public Uni<List<Map<String, Object>>> page(int offset, int size) {
        return leads.page(null, Map.of(), "createdAt, id", offset, size)
                .map(found -> found.stream().map(LeadExport::row).toList());
    }

    private static Map<String, Object> row(Lead lead) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", lead.id.toString());
        row.put("businessId", lead.businessId.toString());
        row.put("contactId", lead.contactId.toString());
        row.put("source", lead.source.name());
        row.put("status", lead.status.name());
        row.put("priority", lead.priority.name());
        row.put("labels", lead.labels == null ? List.of() : lead.labels);
        row.put("valueMinor", lead.valueMinor);
        row.put("createdAt", lead.createdAt.toString());
        return row;
    }
}
