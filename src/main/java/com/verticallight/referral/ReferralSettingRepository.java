package com.verticallight.referral;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReferralSettingRepository extends TenantScopedRepository<ReferralSetting> {

    ReferralSettingRepository() {
        super(ReferralSetting.class);
    }
}
