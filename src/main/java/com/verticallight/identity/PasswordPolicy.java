package com.verticallight.identity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Checks {@link AcceptablePassword}; {@link #problem} names the first rule a password breaks. */
public class PasswordPolicy implements ConstraintValidator<AcceptablePassword, String> {

    static final int MIN_CHARS = 10;
    static final int MAX_CHARS = 64;
    /** bcrypt reads only this many bytes; a longer password would be accepted on its first 72 bytes alone. */
    static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = load("/identity/common-passwords.txt");

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        Optional<String> problem = password == null ? Optional.empty() : problem(password);
        problem.ifPresent(message -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        });
        return problem.isEmpty();
    }

    /** What is wrong with the password, or empty when it is acceptable. */
    public static Optional<String> problem(String password) {
        int chars = password.codePointCount(0, password.length());
        if (password.codePoints().anyMatch(PasswordPolicy::isControl)) {
            return Optional.of("must not contain control characters");
        }
        if (password.isBlank()) {
            return Optional.of("must not be only spaces");
        }
        if (chars < MIN_CHARS || chars > MAX_CHARS) {
            return Optional.of("must be " + MIN_CHARS + " to " + MAX_CHARS + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("must be at most " + MAX_BYTES + " bytes in UTF-8 (fewer characters outside A-Z)");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("is one of the most common passwords; choose another");
        }
        return Optional.empty();
    }

    private static boolean isControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
