package com.verticallight.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** India's financial year, April to March, named "2026-27"; invoice numbers restart in each. */
public final class FinancialYear {

    public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private FinancialYear() {
    }

    public static String of(Instant at) {
        LocalDate date = at.atZone(INDIA).toLocalDate();
        int start = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    /** At most 16 characters as GST requires, e.g. "VL2627-000001". */
    public static String invoiceNumber(String financialYear, int sequence) {
        return "VL" + financialYear.substring(2, 4) + financialYear.substring(5, 7) + "-" + String.format("%06d", sequence);
    }
}
