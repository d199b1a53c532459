package com.verticallight.billing;

import com.verticallight.tenant.PlanCode;
import com.verticallight.tenant.TenantViews.PlanView;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the billing API speaks. Money is in paise (minor units) with its currency. */
public final class BillingViews {

    private BillingViews() {
    }

    @Schema(name = "Billing", description = "The account's subscription: state, plan, next charge, tax details")
    public record BillingView(
            BillingState state,
            @Schema(description = "The plan whose limits apply now") PlanView limits,
            @Schema(description = "The plan paid for, if any") PlanCode subscribedPlan,
            @Schema(description = "A plan change waiting for its checkout to be paid") PlanCode pendingPlan,
            @Schema(description = "Razorpay's hosted checkout for the pending change; absent in sandbox") String checkoutUrl,
            @Schema(description = "SANDBOX (no Razorpay key configured: nothing is sent, no checkout) or LIVE") String mode,
            boolean checkoutAvailable,
            Instant trialEndsAt,
            Instant currentPeriodEnd,
            @Schema(description = "When the next charge is due (ACTIVE, not cancelled)") Instant nextChargeAt,
            Long nextChargeMinor,
            String currency,
            @Schema(description = "After a failed renewal: when the account falls back to the free plan") Instant graceEndsAt,
            @Schema(description = "When a cancelled subscription stops") Instant cancelAt,
            String gstin,
            String legalName,
            @Schema(description = "GST state code of the place of supply", example = "19") String placeOfSupply,
            List<PlanView> plans,
            @Schema(description = "What the owner should know, in plain words") String note) {
    }

    @Schema(name = "BillingPlanChoice")
    public record PlanChoice(@NotNull @Schema(description = "A paid plan: BASIC, PREMIUM or ENTERPRISE") PlanCode plan) {
    }

    @Schema(name = "BillingTaxDetails", description = "Printed on invoices. With a GSTIN, its state is the place of supply")
    public record TaxDetails(
            @Size(max = 15) @Pattern(regexp = "^[0-9A-Za-z]*$", message = "{vl.pattern.lettersDigits}")
            @Schema(example = "19AAPFU0939F1ZS") String gstin,
            @Size(max = 200) @Pattern(regexp = "^[^\\p{Cntrl}]*$", message = "{vl.pattern.noControl}")
            @Schema(example = "Glow Beauty Salons LLP") String legalName,
            @Pattern(regexp = "^[0-9]{2}$", message = "{vl.pattern.gstState}")
            @Schema(example = "19") String placeOfSupply) {
    }

    @Schema(name = "Invoice", description = "A GST tax invoice for one payment; amounts in paise")
    public record InvoiceView(
            UUID id,
            String number,
            String financialYear,
            Instant issuedAt,
            String description,
            String planCode,
            String paymentId,
            String customerName,
            String customerGstin,
            String supplierGstin,
            String supplierState,
            String placeOfSupply,
            long taxableMinor,
            long cgstMinor,
            long sgstMinor,
            long igstMinor,
            long totalMinor,
            String currency,
            @Schema(description = "Where to download the PDF") String pdfUrl) {

        static InvoiceView of(Invoice i) {
            return new InvoiceView(i.id, i.number, i.financialYear, i.issuedAt, i.description, i.planCode, i.paymentId,
                    i.customerName, i.customerGstin, i.supplierGstin, i.supplierState, i.placeOfSupply, i.taxableMinor,
                    i.cgstMinor, i.sgstMinor, i.igstMinor, i.totalMinor, i.currency,
                    "/api/v1/billing/invoices/" + i.id + ".pdf");
        }
    }
}
