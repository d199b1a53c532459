package com.verticallight.appointment;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ReminderSettingRepository extends TenantScopedRepository<ReminderSetting> {

    ReminderSettingRepository() {
        super(ReminderSetting.class);
    }

    Uni<ReminderSetting> ofBusiness(UUID businessId) {
        return first("businessId = :id", Map.of("id", businessId));
    }
}
