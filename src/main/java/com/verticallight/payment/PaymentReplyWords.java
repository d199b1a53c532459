package com.verticallight.payment;

import com.verticallight.appointment.ReplyWords;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a customer's whole reply says they paid or acknowledges a payment reminder ("paid", "done", "ho gaya",
 * "भुगतान कर दिया", or a plain "yes"/"haan"/"ok"). Case, spaces and punctuation at either end do not matter; a
 * sentence that merely contains a word ("paid? how much was it") is not one.
 */
public final class PaymentReplyWords {

    private static final Set<String> PAID = normalisedSet("paid", "paid already", "already paid", "payment done",
            "done", "payment sent", "sent", "transferred", "ho gaya", "payment ho gaya", "kar diya", "pay kar diya",
            "bhej diya", "भुगतान कर दिया", "भुगतान हो गया", "पेमेंट हो गया", "पेमेंट कर दिया", "हो गया", "कर दिया",
            "भेज दिया");

    private PaymentReplyWords() {
    }

    public static boolean isPaymentReply(String text) {
        return PAID.contains(normalise(text)) || ReplyWords.intentOf(text).filter(i -> i == ReplyWords.Intent.CONFIRM)
                .isPresent();
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("^[\\p{P}\\p{S}\\p{Z}\\s]+|[\\p{P}\\p{S}\\p{Z}\\s]+$", "")
                .replaceAll("[\\p{Z}\\s]+", " ")
                .toLowerCase(Locale.ROOT);
    }

    private static Set<String> normalisedSet(String... words) {
        return Arrays.stream(words).map(PaymentReplyWords::normalise).collect(Collectors.toUnmodifiableSet());
    }
}
