package com.verticallight.billing;

import com.verticallight.i18n.Text;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.Map;

/**
 * India's GST identification number: 2-digit state code, PAN (5 letters, 4 digits, 1 letter), entity number, 'Z',
 * and a check character computed by the GSTN mod-36 algorithm over the first 14 characters.
 */
public final class Gstin {

    private static final String CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]");

    private Gstin() {
    }

    /** Why the value is not a valid GSTIN, or empty when it is. */
    public static Optional<Text> problem(String value) {
        if (value == null) {
            return Optional.of(Text.of("field.required"));
        }
        String gstin = value.trim().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(gstin).matches()) {
            return Optional.of(Text.of("billing.gstinFormat"));
        }
        if (!StateCodes.isState(gstin.substring(0, 2))) {
            return Optional.of(Text.of("billing.gstinState", Map.of("state", gstin.substring(0, 2))));
        }
        if (checkCharacter(gstin.substring(0, 14)) != gstin.charAt(14)) {
            return Optional.of(Text.of("billing.gstinCheckCharacter"));
        }
        return Optional.empty();
    }

    /** The check character of the first 14 characters (GSTN's Luhn mod-36 variant). */
    static char checkCharacter(String first14) {
        int sum = 0;
        for (int i = 0; i < first14.length(); i++) {
            int value = CHARS.indexOf(first14.charAt(i));
            int product = value * (i % 2 == 0 ? 1 : 2);
            sum += product / 36 + product % 36;
        }
        return CHARS.charAt((36 - sum % 36) % 36);
    }

    public static String normalise(String value) {
        return value.trim().toUpperCase(Locale.ROOT);
    }
}
