package com.verticallight.crm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The where clause of a contact search: a tag, and text found in the name, email or phone digits. */
record ContactFilter(String where, Map<String, Object> parameters) {

    static ContactFilter of(String tag, String search) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (tag != null && !tag.isBlank()) {
            // tags are stored as a JSON array of strings that hold no quotes, so "\"tag\"" matches one whole tag
            clauses.add("cast(tags as String) like :tag escape '!'");
            parameters.put("tag", "%\"" + escapeLike(tag.trim().toLowerCase(Locale.ROOT)) + "\"%");
        }
        if (search != null && !search.isBlank()) {
            String text = search.trim().toLowerCase(Locale.ROOT);
            String clause = "lower(name) like :text escape '!' or lower(email) like :text escape '!'";
            parameters.put("text", "%" + escapeLike(text) + "%");
            String digits = text.replaceAll("\\D", "").replaceFirst("^0+", "");
            if (!digits.isEmpty()) {
                clause += " or phoneE164 like :digits";
                parameters.put("digits", "%" + digits + "%");
            }
            clauses.add("(" + clause + ")");
        }
        return new ContactFilter(clauses.isEmpty() ? null : String.join(" and ", clauses), parameters);
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
