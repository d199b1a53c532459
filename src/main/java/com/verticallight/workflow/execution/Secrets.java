package com.verticallight.workflow.execution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Masks values whose key names a secret, and caps what is shown of stored inputs and outputs. */
public final class Secrets {

    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|api[-_]?key|authorization|"
            + "credential|signature).*");
    static final String MASK = "***";

    private Secrets() {
    }

    public static Object mask(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> masked = new LinkedHashMap<>();
            map.forEach((k, v) -> masked.put(String.valueOf(k),
                    SECRET.matcher(String.valueOf(k)).matches() && v != null ? MASK : mask(v)));
            return masked;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Secrets::mask).toList();
        }
        return value;
    }

    /** JSON text cut to a length, marked as cut. */
    public static String cap(String json, int max) {
        if (json == null || json.length() <= max) {
            return json;
        }
        return com.verticallight.platform.json.JsonText.write(Map.of("truncated", true,
                "preview", json.substring(0, Math.max(0, max - 100))));
    }
}
