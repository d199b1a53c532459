package com.verticallight.billing;

/**
 * The GST in an amount charged (prices include 18 % GST), in paise: CGST 9 % + SGST 9 % when the supplier's state
 * is the place of supply, IGST 18 % otherwise. Integer arithmetic only: taxable = round(total × 100 / 118), the tax
 * is the rest, and an odd paisa of CGST/SGST goes to SGST, so the parts always add up to the total.
 */
public record GstSplit(long taxableMinor, long cgstMinor, long sgstMinor, long igstMinor, long totalMinor) {

    public static GstSplit of(long totalMinor, String supplierState, String placeOfSupply) {
        if (totalMinor < 0) {
            throw new IllegalArgumentException("a charge cannot be negative");
        }
        long taxable = (totalMinor * 100 + 59) / 118;
        long tax = totalMinor - taxable;
        if (supplierState.equals(placeOfSupply)) {
            long cgst = tax / 2;
            return new GstSplit(taxable, cgst, tax - cgst, 0, totalMinor);
        }
        return new GstSplit(taxable, 0, 0, tax, totalMinor);
    }

    public boolean intraState() {
        return igstMinor == 0 && (cgstMinor > 0 || sgstMinor > 0 || totalMinor == 0);
    }
}
