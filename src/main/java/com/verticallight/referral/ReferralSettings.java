package com.verticallight.referral;

import com.verticallight.business.BusinessService;
import com.verticallight.referral.ReferralViews.SettingsRequest;
import com.verticallight.referral.ReferralViews.SettingsView;
import com.verticallight.review.ReviewSyncSchedule;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** Each business's review request and referral settings; the review sync's schedule follows them. */
@ApplicationScoped
public class ReferralSettings {

    @Inject
    ReferralSettingRepository settings;

    @Inject
    BusinessService businesses;

    @Inject
    ReviewSyncSchedule syncSchedule;

    @Inject
    Clock clock;

    /** The business's settings, or the defaults when it has none (not stored). Joins the caller's session. */
    @WithSession
    public Uni<ReferralSetting> of(UUID businessId) {
        return settings.first("businessId = :businessId", Map.of("businessId", businessId))
                .map(found -> found == null ? ReferralSetting.defaults(businessId) : found);
    }

    @WithSession
    public Uni<SettingsView> view(UUID businessId) {
        return businesses.get(businessId).chain(business -> of(businessId)).map(SettingsView::of);
    }

    /** Replaces the settings; a field left out keeps its default. The review sync is rescheduled with them. */
    @WithTransaction
    public Uni<SettingsView> save(UUID businessId, SettingsRequest request) {
        return businesses.get(businessId).chain(business -> of(businessId)).chain(setting -> {
            setting.googlePlaceId = request.googlePlaceId() == null || request.googlePlaceId().isBlank() ? null
                    : request.googlePlaceId().trim();
            setting.reviewRequestDelayMinutes = request.reviewRequestDelayMinutes() == null
                    ? ReferralSetting.DEFAULT_DELAY_MINUTES : request.reviewRequestDelayMinutes();
            setting.referralTrigger = request.referralTrigger() == null ? ReferralSetting.Trigger.AFTER_REVIEW
                    : request.referralTrigger();
            setting.reviewSyncHours = request.reviewSyncHours();
            setting.reviewRequestCooldownDays = request.reviewRequestCooldownDays() == null
                    ? ReferralSetting.DEFAULT_COOLDOWN_DAYS : request.reviewRequestCooldownDays();
            setting.updatedAt = clock.instant();
            return setting.id == null ? settings.add(setting) : settings.flush(setting);
        }).call(setting -> syncSchedule.reschedule(businessId, setting.reviewSyncHours)).map(SettingsView::of);
    }
}
