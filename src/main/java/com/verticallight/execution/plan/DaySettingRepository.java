package com.verticallight.execution.plan;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DaySettingRepository extends TenantScopedRepository<DaySetting> {

    DaySettingRepository() {
        super(DaySetting.class);
    }
}
