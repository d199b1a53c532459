package com.verticallight.crm;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Optional;

/** Phone numbers as people type them, read in a home country and written in E.164. */
final class PhoneNumbers {

    static final String FALLBACK_REGION = "IN";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** The country of a locale ("en-IN" gives "IN") if phone numbers know it, else India. */
    static String regionOf(String locale) {
        String country = locale == null ? "" : Locale.forLanguageTag(locale).getCountry();
        return UTIL.getSupportedRegions().contains(country) ? country : FALLBACK_REGION;
    }

    /** "098123 45678" in IN gives "+919812345678"; empty when it is not a valid number. */
    static Optional<String> toE164(String typed, String region) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(typed, region);
            return UTIL.isValidNumber(number) ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
