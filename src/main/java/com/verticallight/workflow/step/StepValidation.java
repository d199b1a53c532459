package com.verticallight.workflow.step;

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

    /**
     * A definition error in English: the workflow definition language (steps, triggers, CEL expressions) is written
     * by builders in JSON, and its validation texts are not in the problems catalogue yet.
     */
    public void error(String field, String message) {
        errors.add(new FieldError(field, message, null));
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
            error(field, "is required");
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
            error(field, "must be a CEL expression (a string)");
            return;
        }
        try {
            expressions.check(text, kind);
        } catch (ExpressionError e) {
            error(field, "is not a valid expression: " + e.getMessage());
        }
    }

    /** A text, possibly with {{expr}} parts. */
    public void template(String field, Object value) {
        if (value == null) {
            return;
        }
        if (!(value instanceof String text)) {
            error(field, "must be a string");
            return;
        }
        try {
            expressions.checkTemplate(text);
        } catch (ExpressionError e) {
            error(field, "has an invalid {{expression}}: " + e.getMessage());
        }
    }

    /** An ISO-8601 duration such as PT2H, positive. */
    public Duration duration(String field, Object value) {
        try {
            Duration duration = Duration.parse(String.valueOf(value));
            if (duration.isNegative() || duration.isZero()) {
                error(field, "must be a positive duration such as PT2H");
                return null;
            }
            return duration;
        } catch (DateTimeParseException e) {
            error(field, "must be an ISO-8601 duration such as PT2H or P1D");
            return null;
        }
    }

    public void connection(String field, Object value) {
        if (!required(field, value)) {
            return;
        }
        try {
            connections.put(field, UUID.fromString(String.valueOf(value)));
        } catch (IllegalArgumentException e) {
            error(field, "must be a connection id (a UUID)");
        }
    }
}
