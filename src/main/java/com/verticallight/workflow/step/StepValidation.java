package com.verticallight.workflow.step;

import com.verticallight.i18n.Phrase;
import com.verticallight.i18n.Text;
import com.verticallight.platform.problem.Problem.FieldError;
import com.verticallight.workflow.expression.ExpressionError;
import com.verticallight.workflow.expression.Expressions;
import com.verticallight.workflow.expression.Expressions.Kind;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Collects what is wrong with a definition, field by field ("steps[wait1].settings.duration"). Step types check
 * their settings through it; connections are collected here and checked against the tenant's afterwards.
 */
public class StepValidation {

    private final Expressions expressions;
    private final List<FieldError> errors = new ArrayList<>();
    private final Map<String, UUID> connections = new LinkedHashMap<>();
    private final Map<String, String> models = new LinkedHashMap<>();

    public StepValidation(Expressions expressions) {
        this.expressions = expressions;
    }

    /** A definition error: a problems catalogue key (workflow.definition.*), written in the reader's language. */
    public void error(String field, String key) {
        error(field, Text.of(key));
    }

    /** A definition error with its named arguments, e.g. error(field, "workflow.definition.branches", Map.of("max", 10)). */
    public void error(String field, String key, Map<String, ?> args) {
        error(field, Text.of(key, args));
    }

    public void error(String field, Text message) {
        errors.add(FieldError.of(field, message));
    }

    /** "must be one of [a, b]": the codes a builder may write, listed as they are (a collection in brackets). */
    public void oneOf(String field, Object codes) {
        error(field, "error.oneOf", Map.of("values", String.valueOf(codes)));
    }

    public void wholeNumberFrom(String field, int min, int max) {
        error(field, "workflow.definition.wholeNumberFrom", Map.of("min", min, "max", max));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Field → connection id to check: it must be one of the tenant's connections. */
    public Map<String, UUID> connections() {
        return connections;
    }

    /** Field → model id to check: it must be a deployed model of the tenant (see ModelRegistry). */
    public Map<String, String> models() {
        return models;
    }

    public void model(String field, String modelId) {
        models.put(field, modelId);
    }

    public boolean required(String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            error(field, "field.required");
            return false;
        }
        return true;
    }

    /** A CEL expression of the given result type. */
    public void expression(String field, Object value, Kind kind) {
        if (!required(field, value)) {
            return;
        }
        if (!(value instanceof String text)) {
            error(field, "workflow.definition.expressionString");
            return;
        }
        try {
            expressions.check(text, kind);
        } catch (ExpressionError e) {
            error(field, "workflow.definition.expressionInvalid", Map.of("reason", reason(e)));
        }
    }

    /** A text, possibly with {{expr}} parts. */
    public void template(String field, Object value) {
        if (value == null) {
            return;
        }
        if (!(value instanceof String text)) {
            error(field, "workflow.definition.string");
            return;
        }
        try {
            expressions.checkTemplate(text);
        } catch (ExpressionError e) {
            error(field, "workflow.definition.templateInvalid", Map.of("reason", reason(e)));
        }
    }

    /** An ISO-8601 duration such as PT2H, positive. */
    public Duration duration(String field, Object value) {
        try {
            Duration duration = Duration.parse(String.valueOf(value));
            if (duration.isNegative() || duration.isZero()) {
                error(field, "workflow.definition.durationPositive");
                return null;
            }
            return duration;
        } catch (DateTimeParseException e) {
            error(field, "workflow.definition.duration");
            return null;
        }
    }

    /** Our own reason in the reader's language (a phrase inside the message), or CEL's diagnostic as it is. */
    private static Object reason(ExpressionError e) {
        return e.reason() == null ? e.getMessage() : new Phrase(e.reason().key(), new LinkedHashMap<>(e.reason().args()));
    }

    public void connection(String field, Object value) {
        if (!required(field, value)) {
            return;
        }
        try {
            connections.put(field, UUID.fromString(String.valueOf(value)));
        } catch (IllegalArgumentException e) {
            error(field, "workflow.definition.connectionId");
        }
    }
}
