package com.verticallight.referral;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A business's review request and referral settings; a business without a row has the defaults. */
@Entity
@Table(name = "referral_setting")
public class ReferralSetting extends TenantOwned {

    public static final int DEFAULT_DELAY_MINUTES = 120;
    public static final int DEFAULT_COOLDOWN_DAYS = 90;

    /** When a customer receives their referral code. */
    public enum Trigger {
        /** After a review of 4 or 5 stars is matched to them. */
        AFTER_REVIEW,
        /** After a sale. */
        AFTER_SALE,
        /** Never. */
        OFF
    }

    @Column(name = "business_id")
    public UUID businessId;

    @Column(name = "google_place_id")
    public String googlePlaceId;

    @Column(name = "review_request_delay_minutes")
    public int reviewRequestDelayMinutes = DEFAULT_DELAY_MINUTES;

    @Enumerated(EnumType.STRING)
    @Column(name = "referral_trigger")
    public Trigger referralTrigger = Trigger.AFTER_REVIEW;

    /** A customer asked for a review within this many days is not asked again; 0 asks after every sale. */
    @Column(name = "review_request_cooldown_days")
    public int reviewRequestCooldownDays = DEFAULT_COOLDOWN_DAYS;

    @Column(name = "review_sync_hours")
    public Integer reviewSyncHours;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    static ReferralSetting defaults(UUID businessId) {
        ReferralSetting setting = new ReferralSetting();
        setting.businessId = businessId;
        return setting;
    }

    /** The page where a customer writes a Google review; null without a place id. */
    public String reviewLink() {
        return googlePlaceId == null ? null
                : "https://search.google.com/local/writereview?placeid=" + googlePlaceId;
    }
}
