package com.verticallight.execution;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ManualTaskRepository extends TenantScopedRepository<ManualTask> {

    ManualTaskRepository() {
        super(ManualTask.class);
    }

    /** The OPEN or IN_PROGRESS task of the business for this guidance and reference (null reference matches null). */
    Uni<ManualTask> findActive(UUID businessId, String guidanceKey, String reference) {
        Map<String, Object> parameters = new HashMap<>(Map.of("businessId", businessId, "guidanceKey", guidanceKey,
                "active", List.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS)));
        String where = "businessId = :businessId and guidanceKey = :guidanceKey and status in (:active) and ";
        if (reference == null) {
            where += "reference is null";
        } else {
            where += "reference = :reference";
            parameters.put("reference", reference);
        }
        return first(where, parameters);
    }

    /** Any task of the business for this guidance and reference, whatever its status. */
    Uni<ManualTask> findAny(UUID businessId, String guidanceKey, String reference) {
        return first("businessId = :businessId and guidanceKey = :guidanceKey and reference = :reference",
                Map.of("businessId", businessId, "guidanceKey", guidanceKey, "reference", reference));
    }

    /** The OPEN or IN_PROGRESS task of the tenant for this guidance and reference, whatever its business. */
    Uni<ManualTask> findActive(String guidanceKey, String reference) {
        return first("guidanceKey = :guidanceKey and reference = :reference and status in (:active)",
                Map.of("guidanceKey", guidanceKey, "reference", reference,
                        "active", List.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS)));
    }
}
