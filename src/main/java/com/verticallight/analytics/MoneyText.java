package com.verticallight.analytics;

import com.ibm.icu.math.BigDecimal;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;

/** Money in the hub's English texts through ICU4J's CLDR data: ₹38,000 and ₹12,50,000 (Indian grouping). */
final class MoneyText {

    private static final ULocale INDIA = ULocale.forLanguageTag("en-IN");

    private MoneyText() {
    }

    /** Whole units of the amount given in minor units, e.g. 3800000 INR → "₹38,000". */
    static String of(long minor, String currency) {
        Currency code = Currency.getInstance(currency);
        NumberFormat format = NumberFormat.getCurrencyInstance(INDIA);
        format.setCurrency(code);
        format.setMaximumFractionDigits(0);
        format.setMinimumFractionDigits(0);
        int digits = Math.max(0, code.getDefaultFractionDigits());
        return format.format(BigDecimal.valueOf(minor).movePointLeft(digits));
    }
}
