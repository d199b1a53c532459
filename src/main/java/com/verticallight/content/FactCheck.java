package com.verticallight.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a post written by a template or a language model against the business's facts: a price (₹, Rs, INR or
 * rupees with an amount), a discount (a percentage off, "discount", "sale", छूट) or an offer ("offer", "deal",
 * "free", "buy one get one", ऑफ़र, मुफ़्त) the facts do not hold is a claim the business has not made. The facts are
 * the texts the business itself wrote (its own dates such as "Anniversary sale: 20% off", its name): a claim is
 * held when its words (or, for amounts and percentages, its number) appear there.
 */
public final class FactCheck {

    /** What kind of claim a phrase makes, as the owner reads it. */
    enum Kind {
        PRICE("a price"), DISCOUNT("a discount"), OFFER("an offer");

        final String words;

        Kind(String words) {
            this.words = words;
        }
    }

    /** byNumber: held when the facts carry the same number (a percentage as a percentage). */
    private record Rule(Kind kind, Pattern pattern, boolean byNumber) {
    }

    private static final String AMOUNT = "\\d[\\d,]*(?:\\.\\d+)?";
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static final List<Rule> RULES = List.of(
            new Rule(Kind.PRICE, compile("(?:₹|\\brs\\.?|\\binr\\b|रु\\.?)\\s*" + AMOUNT
                    + "|\\b" + AMOUNT + "\\s*(?:₹|/-|\\brs\\b\\.?|\\binr\\b|\\brupees?\\b|रुपये|रुपए|रु\\b)", FLAGS), true),
            new Rule(Kind.DISCOUNT, compile("\\b\\d+(?:\\.\\d+)?\\s*%\\s*(?:off\\b|discount|छूट|की\\s+छूट)"
                    + "|\\b(?:flat|up\\s*to|upto|save|extra)\\s+\\d+(?:\\.\\d+)?\\s*%", FLAGS), true),
            new Rule(Kind.DISCOUNT, compile("\\b(?:discount(?:s|ed)?|sale|cashback)\\b|छूट|डिस्काउंट|सेल\\b",
                    FLAGS), false),
            new Rule(Kind.OFFER, compile("\\bbuy\\s+(?:one|1)\\s*,?\\s*get\\s+(?:one|1)\\b|\\bbogo\\b"
                    + "|(?<!\\b(?:we|also|to|that|which|they|i|you)\\s)\\boffers?\\b|\\bdeals?\\b"
                    + "|(?<!\\bfeel\\s)(?<![-\\w])\\bfree\\b(?!\\s+(?:to|of|from)\\b)(?!-)"
                    + "|ऑफर|ऑफ़र|मुफ्त|मुफ़्त|फ्री", FLAGS), false));

    private FactCheck() {
    }

    /** Devanagari letters with a nukta (फ़) are decomposed by NFC: the patterns are normalised like the texts. */
    private static Pattern compile(String regex, int flags) {
        return Pattern.compile(Normalizer.normalize(regex, Normalizer.Form.NFC), flags);
    }

    /**
     * Why the text needs the owner's eye before it is published, or null when it makes no claim the facts lack,
     * e.g. "mentions an offer the business has not set: 'fresh offers this week'".
     */
    public static String needsReview(String text, List<String> facts) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String known = normalise(String.join("\n", facts == null ? List.of() : facts.stream()
                .filter(f -> f != null).toList()));
        Set<String> reasons = new LinkedHashSet<>();
        String written = Normalizer.normalize(text, Normalizer.Form.NFC);
        String plain = written.toLowerCase(Locale.ROOT);
        String quoted = written.length() == plain.length() ? written : plain;
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(plain);
            while (m.find()) {
                if (!held(normalise(m.group()), rule.byNumber(), known)) {
                    reasons.add("mentions " + rule.kind().words + " the business has not set: '"
                            + phrase(quoted, m.start(), m.end()) + "'");
                }
            }
        }
        if (reasons.isEmpty()) {
            return null;
        }
        String joined = String.join("; ", new ArrayList<>(reasons));
        return joined.length() <= 500 ? joined : joined.substring(0, 499) + "…";
    }

    private static boolean held(String claim, boolean byNumber, String known) {
        if (!byNumber) {
            return known.contains(claim);
        }
        Matcher number = NUMBER.matcher(claim);
        if (!number.find()) {
            return false;
        }
        String digits = number.group().replace(",", "");
        String after = claim.contains("%") ? "\\s*%" : "(?![\\d])";
        return Pattern.compile("(?<![\\d.])" + Pattern.quote(digits) + after).matcher(known.replace(",", "")).find();
    }

    /** The clause around the claim (between punctuation), at most a few words either side. */
    private static String phrase(String text, int start, int end) {
        int from = start;
        while (from > 0 && !isBoundary(text.charAt(from - 1)) && start - from < 30) {
            from--;
        }
        int to = end;
        while (to < text.length() && !isBoundary(text.charAt(to)) && to - end < 30) {
            to++;
        }
        String clause = text.substring(from, to).strip();
        if (from > 0 && !isBoundary(text.charAt(from - 1)) && clause.contains(" ")) {
            clause = clause.substring(clause.indexOf(' ') + 1); // no half word at the start
        }
        if (to < text.length() && !isBoundary(text.charAt(to)) && clause.contains(" ")) {
            clause = clause.substring(0, clause.lastIndexOf(' ')); // nor at the end
        }
        return clause.strip();
    }

    private static boolean isBoundary(char c) {
        return ".!?;:\n\r|।()\"".indexOf(c) >= 0;
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
