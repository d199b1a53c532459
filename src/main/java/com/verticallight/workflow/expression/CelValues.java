package com.verticallight.workflow.expression;

import com.google.protobuf.NullValue;
import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between the JSON-like values a workflow holds (maps, lists, strings, numbers, booleans, null) and the
 * values CEL evaluates: integers are longs, null is protobuf's NullValue, time is a protobuf Timestamp.
 */
final class CelValues {

    private CelValues() {
    }

    static Object toCel(Object value) {
        if (value == null) {
            return NullValue.NULL_VALUE;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> converted = new LinkedHashMap<>();
            map.forEach((k, v) -> converted.put(String.valueOf(k), toCel(v)));
            return converted;
        }
        if (value instanceof Collection<?> list) {
            List<Object> converted = new ArrayList<>(list.size());
            list.forEach(v -> converted.add(toCel(v)));
            return converted;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.doubleValue();
        }
        if (value instanceof java.math.BigInteger i) {
            return i.longValue();
        }
        if (value instanceof Instant instant) {
            return timestamp(instant);
        }
        return value;
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    /** A CEL result as plain JSON-ready Java: maps, lists, strings, numbers, booleans, null; time as ISO text. */
    static Object fromCel(Object value) {
        if (value == null || value instanceof NullValue) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> converted = new LinkedHashMap<>();
            map.forEach((k, v) -> converted.put(String.valueOf(fromCel(k)), fromCel(v)));
            return converted;
        }
        if (value instanceof Collection<?> list) {
            List<Object> converted = new ArrayList<>(list.size());
            list.forEach(v -> converted.add(fromCel(v)));
            return converted;
        }
        if (value instanceof Timestamp t) {
            return Instant.ofEpochSecond(t.getSeconds(), t.getNanos()).toString();
        }
        if (value instanceof com.google.protobuf.Duration d) {
            return java.time.Duration.ofSeconds(d.getSeconds(), d.getNanos()).toString();
        }
        if (value instanceof com.google.common.primitives.UnsignedLong u) {
            return u.longValue();
        }
        if (value instanceof com.google.protobuf.ByteString bytes) {
            return bytes.toStringUtf8();
        }
        if (value instanceof String || value instanceof Boolean || value instanceof Long || value instanceof Double) {
            return value;
        }
        return String.valueOf(value);
    }

    /** How a value reads inside a text template. */
    static String text(Object value) {
        Object plain = fromCel(value);
        if (plain == null) {
            return "";
        }
        if (plain instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return String.valueOf(d.longValue());
        }
        if (plain instanceof Map || plain instanceof List) {
            return com.verticallight.platform.json.JsonText.write(plain);
        }
        return String.valueOf(plain);
    }
}
