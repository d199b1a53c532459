package com.verticallight.content.bot;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class BotSettingRepository extends TenantScopedRepository<BotSetting> {

    BotSettingRepository() {
        super(BotSetting.class);
    }

    /** The business's settings; an unsaved all-off row when it has none. */
    Uni<BotSetting> of(UUID businessId) {
        return first("businessId = :businessId", Map.of("businessId", businessId)).map(found -> {
            if (found != null) {
                return found;
            }
            BotSetting defaults = new BotSetting();
            defaults.businessId = businessId;
            return defaults;
        });
    }
}
