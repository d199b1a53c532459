package com.verticallight.referral;

import com.verticallight.business.Money;
import com.verticallight.execution.Period;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the sales, referral and review-settings API speaks. */
public final class ReferralViews {

    private ReferralViews() {
    }

    @Schema(name = "ReferralSettingsRequest", description = "Review requests and referral codes of one business")
    public record SettingsRequest(
            @Schema(description = "The business's Google place id; the review link is "
                    + "https://search.google.com/local/writereview?placeid=<it>")
            @Size(max = 300) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "{vl.pattern.placeId}") String googlePlaceId,
            @Schema(description = "Minutes after a sale that the thank-you with the review link goes out; default 120")
            @Min(0) @Max(10080) Integer reviewRequestDelayMinutes,
            @Schema(description = "When a customer gets a referral code: AFTER_REVIEW (default), AFTER_SALE or OFF")
            ReferralSetting.Trigger referralTrigger,
            @Schema(description = "Read Google reviews every this many hours besides the daily plan; null: no sync")
            @Min(1) @Max(168) Integer reviewSyncHours,
            @Schema(description = "A customer asked for a review within this many days is not asked again after "
                    + "another sale; default 90, 0 asks after every sale")
            @Min(0) @Max(365) Integer reviewRequestCooldownDays) {
    }

    @Schema(name = "ReferralSettings")
    public record SettingsView(UUID businessId, String googlePlaceId, String reviewLink,
            int reviewRequestDelayMinutes, ReferralSetting.Trigger referralTrigger, Integer reviewSyncHours,
            int reviewRequestCooldownDays, Instant updatedAt) {

        static SettingsView of(ReferralSetting s) {
            return new SettingsView(s.businessId, s.googlePlaceId, s.reviewLink(), s.reviewRequestDelayMinutes,
                    s.referralTrigger, s.reviewSyncHours, s.reviewRequestCooldownDays, s.updatedAt);
        }
    }

    @Schema(name = "SaleRequest", description = "A completed sale: the customer by contact id, or by phone and name")
    public record SaleRequest(
            UUID contactId,
            @Schema(description = "E.164, e.g. +919812345678 (when no contactId)") @Size(max = 20) String phone,
            @Size(max = 200) String name,
            @NotNull @PositiveOrZero Long amountMinor,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{vl.pattern.currency}") String currency,
            @Schema(description = "When the sale happened; now when absent") Instant occurredAt,
            @Schema(description = "A referral code the customer gave") @Size(max = 20) String referralCode,
            @Schema(description = "Your id of the sale (POS, billing): sending it again records nothing new")
            @Size(max = 200) String externalId,
            @Schema(description = "The customer agreed to receive offers (e.g. their referral code) on WhatsApp and SMS")
            Boolean marketingConsent) {
    }

    @Schema(name = "SaleImport", description = "Sales to import; each needs an externalId so an import can be repeated")
    public record ImportRequest(@NotNull @Size(min = 1, max = 1000) List<@Valid @NotNull SaleRequest> sales) {
    }

    @Schema(name = "Sale")
    public record SaleView(UUID id, UUID businessId, UUID contactId, Money amount, Instant occurredAt,
            String externalId, String referralCode, UUID referrerContactId, String reviewRequestStatus,
            @Schema(description = "True when this external id was recorded before (nothing new was stored)")
            boolean alreadyRecorded, Instant createdAt) {
    }

    @Schema(name = "SaleImportResult")
    public record ImportResult(int received, int created, int alreadyRecorded, List<SaleView> sales) {
    }

    @Schema(name = "ReferralStats", description = "Computed from the stored codes, sales and ledger for the period")
    public record StatsView(UUID businessId, Period period, LocalDate from, LocalDate to, String timeZone,
            @Schema(description = "Codes whose message went out live in the period (sandbox not counted)") long codesSent,
            @Schema(description = "Sales in the period that gave a code") long salesUsingCodes,
            @Schema(description = "Distinct codes used in the period") long codesUsed,
            @Schema(description = "Revenue of those sales, per currency") List<Money> referredRevenue,
            @Schema(description = "codesUsed / codesSent in percent, one decimal; null when no code was sent")
            BigDecimal conversionRate) {
    }
}
