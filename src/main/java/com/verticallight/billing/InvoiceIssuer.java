package com.verticallight.billing;

import com.verticallight.tenant.Tenant;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;

/**
 * Issues the GST invoice of a payment, once per payment, inside the caller's transaction. Its number is the next of
 * the financial year's series: the counter row is incremented (and so locked) in the same transaction as the invoice
 * row, so a rolled-back invoice gives its number back and the series has no gaps.
 */
@ApplicationScoped
public class InvoiceIssuer {

    @Inject
    InvoiceRepository invoices;

    @Inject
    BillingConfig config;

    /** What was paid, as Razorpay reported it. */
    public record Payment(String paymentId, long amountMinor, String currency, String description, String planCode) {
    }

    public Uni<Invoice> issue(BillingAccount account, Tenant tenant, Payment payment, Instant at) {
        return invoices.first("paymentId = :payment", Map.of("payment", payment.paymentId()))
                .chain(existing -> existing != null ? Uni.createFrom().item(existing)
                        : nextNumber(FinancialYear.of(at)).chain(sequence -> invoices.add(
                                invoice(account, tenant, payment, at, sequence))));
    }

    private Invoice invoice(BillingAccount account, Tenant tenant, Payment payment, Instant at, int sequence) {
        String supplierState = config.supplier().stateCode();
        // without the customer's state (no GSTIN, no place of supply given) a service is supplied where the supplier is
        String place = account.placeOfSupply != null ? account.placeOfSupply : supplierState;
        GstSplit split = GstSplit.of(payment.amountMinor(), supplierState, place);
        Invoice invoice = new Invoice();
        invoice.financialYear = FinancialYear.of(at);
        invoice.sequence = sequence;
        invoice.number = FinancialYear.invoiceNumber(invoice.financialYear, sequence);
        invoice.paymentId = payment.paymentId();
        invoice.planCode = payment.planCode();
        invoice.description = payment.description();
        invoice.issuedAt = at;
        invoice.customerName = account.legalName != null ? account.legalName : tenant.name;
        invoice.customerGstin = account.gstin;
        invoice.supplierGstin = config.supplier().gstin().orElse(null);
        invoice.supplierState = supplierState;
        invoice.placeOfSupply = place;
        invoice.taxableMinor = split.taxableMinor();
        invoice.cgstMinor = split.cgstMinor();
        invoice.sgstMinor = split.sgstMinor();
        invoice.igstMinor = split.igstMinor();
        invoice.totalMinor = split.totalMinor();
        invoice.currency = payment.currency();
        return invoice;
    }

    private static Uni<Integer> nextNumber(String financialYear) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                insert into invoice_counter (financial_year, last_number) values (:year, 1)
                on conflict (financial_year) do update set last_number = invoice_counter.last_number + 1
                returning last_number""", Integer.class)
                .setParameter("year", financialYear).getSingleResult());
    }
}
