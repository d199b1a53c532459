package com.verticallight.payment;

import com.verticallight.platform.validation.CurrencyCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the payment reminders API speaks. */
public final class PaymentViews {

    private PaymentViews() {
    }

    @Schema(name = "PaymentRequestNew", description = "An unpaid amount. Give contactId, or phone (and name) to find or "
            + "create the contact.")
    public record NewPaymentRequest(
            UUID contactId,
            @Schema(example = "+919812345678") @Size(max = 40) String phone,
            @Size(max = 200) String name,
            @NotNull @Positive @Schema(example = "150000", description = "Minor units (paise)") Long amountMinor,
            @NotNull @CurrencyCode @Schema(example = "INR") String currency,
            @NotNull @Schema(example = "2026-03-20") LocalDate dueDate,
            @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "{vl.pattern.httpUrl}")
            @Schema(example = "https://rzp.io/l/abc123", description = "Required unless razorpayLink is true") String paymentLink,
            @NotBlank @Size(max = 300) @Schema(example = "Bridal package balance") String description,
            @Schema(description = "Make a Razorpay payment link through the business's Razorpay connection and send it "
                    + "with the reminders; paid when Razorpay's signed payment_link.paid webhook arrives") Boolean razorpayLink) {

        public boolean wantsRazorpayLink() {
            return Boolean.TRUE.equals(razorpayLink);
        }
    }

    @Schema(name = "PaymentRequest")
    public record PaymentRequestView(
            UUID id,
            UUID businessId,
            UUID contactId,
            long amountMinor,
            String currency,
            LocalDate dueDate,
            String paymentLink,
            String description,
            PaymentStatus status,
            @Schema(description = "How many reminders were planned when it was entered") int remindersPlanned,
            @Schema(description = "Reminders still to go out") List<Instant> pendingReminders,
            Instant createdAt,
            Instant closedAt,
            @Schema(description = "The Razorpay payment link's id, when one was made") String razorpayLinkId,
            @Schema(description = "SANDBOX (recorded, not payable) or LIVE, for a Razorpay link") String paymentLinkMode,
            @Schema(description = "BY_OWNER or RAZORPAY (confirmed by Razorpay's signed webhook)") String paidVia) {
    }
}
