package com.verticallight.billing;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A GST tax invoice for one payment to the product; amounts in paise. */
@Entity
@Table(name = "invoice")
public class Invoice extends TenantOwned {

    public String number;

    @Column(name = "financial_year")
    public String financialYear;

    public int sequence;

    @Column(name = "payment_id")
    public String paymentId;

    @Column(name = "plan_code")
    public String planCode;

    public String description;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "customer_name")
    public String customerName;

    @Column(name = "customer_gstin")
    public String customerGstin;

    @Column(name = "supplier_gstin")
    public String supplierGstin;

    @Column(name = "supplier_state")
    public String supplierState;

    @Column(name = "place_of_supply")
    public String placeOfSupply;

    @Column(name = "taxable_minor")
    public long taxableMinor;

    @Column(name = "cgst_minor")
    public long cgstMinor;

    @Column(name = "sgst_minor")
    public long sgstMinor;

    @Column(name = "igst_minor")
    public long igstMinor;

    @Column(name = "total_minor")
    public long totalMinor;

    public String currency;
}
