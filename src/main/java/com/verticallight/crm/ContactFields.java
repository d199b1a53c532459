package com.verticallight.crm;

import com.verticallight.i18n.Text;
import com.verticallight.platform.problem.Problem.FieldError;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A contact request after normalisation: trimmed text, the phone in E.164, tags lower case and distinct. */
record ContactFields(String name, String phone, String email, String language, List<String> tags) {

    static final int MAX_NAME = 200;

    static ContactFields of(ContactRequest request, String region, List<FieldError> errors) {
        String typedPhone = trimmed(request.phone());
        String email = trimmed(request.email());
        String phone = null;
        if (typedPhone != null) {
            phone = PhoneNumbers.toE164(typedPhone, region).orElse(null);
            if (phone == null) {
                errors.add(FieldError.of("phone",
                        Text.of("crm.phoneInRegion", Map.of("region", String.valueOf(region)))));
            }
        } else if (email == null) {
            errors.add(FieldError.of("phone", Text.of("crm.contactNeedsPhoneEmail")));
            errors.add(FieldError.of("email", Text.of("crm.contactNeedsPhoneEmail")));
        }
        return new ContactFields(trimmed(request.name()), phone, email, request.language(), tags(request.tags()));
    }

    /** A contact first met on a channel: the name as the platform gave it, trimmed to what is stored. */
    static ContactFields reachedAt(String name, String phone, String email) {
        return new ContactFields(nameOf(name), phone, email, null, List.of());
    }

    static String nameOf(String name) {
        String trimmed = trimmed(name);
        return trimmed == null || trimmed.length() <= MAX_NAME ? trimmed : trimmed.substring(0, MAX_NAME);
    }

    void applyTo(Contact contact, Instant now) {
        contact.name = name;
        contact.phoneE164 = phone;
        contact.email = email;
        contact.language = language;
        contact.tags = tags;
        contact.updatedAt = now;
    }

    static List<String> tags(List<String> tags) {
        return tags == null ? List.of()
                : tags.stream().map(tag -> tag.trim().toLowerCase(Locale.ROOT)).distinct().toList();
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
