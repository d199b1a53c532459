package com.verticallight.workflow.expression;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What an expression can read: the trigger's payload, the outputs of finished steps ({@code steps.<id>.output}),
 * the business, the variables set by script steps, and the time now.
 */
public record Variables(Map<String, Object> trigger, Map<String, Object> steps, Map<String, Object> business,
        Map<String, Object> vars, Instant now) {

    public static Variables of(Map<String, Object> trigger, Instant now) {
        return new Variables(trigger, Map.of(), Map.of(), Map.of(), now);
    }

    Map<String, Object> asCel() {
        Map<String, Object> all = new HashMap<>();
        all.put("trigger", CelValues.toCel(trigger == null ? Map.of() : trigger));
        all.put("steps", CelValues.toCel(steps == null ? Map.of() : steps));
        all.put("business", CelValues.toCel(business == null ? Map.of() : business));
        all.put("vars", CelValues.toCel(vars == null ? Map.of() : vars));
        all.put("now", CelValues.timestamp(now == null ? Instant.EPOCH : now));
        return all;
    }
}
