package com.verticallight.appointment;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class AppointmentChangeRepository extends TenantScopedRepository<AppointmentChange> {

    AppointmentChangeRepository() {
        super(AppointmentChange.class);
    }

    Uni<List<AppointmentChange>> of(UUID appointmentId) {
        return list("appointmentId = :id", Map.of("id", appointmentId), "createdAt, id");
    }

    Uni<Boolean> seenMessage(String messageId) {
        return count("messageId = :id", Map.of("id", messageId)).map(n -> n > 0);
    }
}
