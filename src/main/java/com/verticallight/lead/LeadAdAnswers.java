package com.verticallight.lead;

import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.platform.json.JsonText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answers of a Facebook lead ad as Graph returns them (GET /{leadgen-id}):
 * {"field_data":[{"name":"full_name","values":["Asha Sen"]},{"name":"phone_number","values":["+91..."]}],
 * "created_time":"..."}. Standard fields become the contact; custom questions become the lead's message.
 */
record LeadAdAnswers(String name, String phone, String email, String message) {

    private static final Set<String> CONTACT_FIELDS = Set.of("full_name", "first_name", "last_name", "phone_number",
            "email");

    static LeadAdAnswers parse(String body) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (JsonNode field : JsonText.tree(body).path("field_data")) {
            List<String> values = new ArrayList<>();
            field.path("values").forEach(v -> values.add(v.asText()));
            answers.put(field.path("name").asText(), String.join(", ", values).strip());
        }
        String name = answers.get("full_name");
        if (blank(name)) {
            name = (answers.getOrDefault("first_name", "") + " " + answers.getOrDefault("last_name", "")).strip();
        }
        List<String> questions = new ArrayList<>();
        answers.forEach((question, answer) -> {
            if (!CONTACT_FIELDS.contains(question) && !blank(answer)) {
                questions.add(question.replace('_', ' ') + ": " + answer);
            }
        });
        return new LeadAdAnswers(blank(name) ? null : name, emptyToNull(answers.get("phone_number")),
                emptyToNull(answers.get("email")), questions.isEmpty() ? null : String.join("; ", questions));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String emptyToNull(String value) {
        return blank(value) ? null : value;
    }
}
