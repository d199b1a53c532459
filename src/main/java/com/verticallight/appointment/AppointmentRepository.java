package com.verticallight.appointment;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class AppointmentRepository extends TenantScopedRepository<Appointment> {

    AppointmentRepository() {
        super(Appointment.class);
    }

    /** The contact's next BOOKED or CONFIRMED appointment at the business that has not started yet. */
    Uni<Appointment> nextActive(UUID businessId, UUID contactId, Instant now) {
        return page("businessId = :business and contactId = :contact and startsAt > :now and status in :active",
                Map.of("business", businessId, "contact", contactId, "now", now,
                        "active", List.of(AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED)),
                "startsAt, id", 0, 1).map(found -> found.isEmpty() ? null : found.get(0));
    }
}
