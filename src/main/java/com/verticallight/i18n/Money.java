package com.verticallight.i18n;

/**
 * An amount for a message: minor units (paise, cents) of an ISO 4217 currency, written by CLDR for the reader
 * (₹2,700 in en-IN and hi, 2.700 ₹ in de). Kept in JSON as {"minor": 270000, "currency": "INR"}.
 */
public record Money(long minor, String currency) {
}
