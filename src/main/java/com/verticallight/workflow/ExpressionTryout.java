package com.verticallight.workflow;

import com.verticallight.i18n.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.workflow.expression.ExpressionError;
import com.verticallight.workflow.expression.Expressions;
import com.verticallight.workflow.expression.Expressions.Kind;
import com.verticallight.workflow.expression.Variables;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;

/**
 * Evaluates one expression against variables the caller gives (the builder's test payload), with the engine's own
 * evaluator and bounds: the same parser, type checker, length limit and iteration limit as a running workflow.
 */
@ApplicationScoped
public class ExpressionTryout {

    /** The largest variables document accepted, as JSON. */
    public static final int MAX_VARIABLES_BYTES = 64 * 1024;

    /** What a field's expression must give, as the step types check it. */
    public enum ExpressionKind { bool, string, map, any, template }

    /** valid: it checked and ran; otherwise error says why and stage says where (check or evaluate). */
    public record Result(boolean valid, Object value, String error, String stage) {
    }

    private final Expressions expressions;
    private final ObjectMapper json;
    private final Clock clock;

    public ExpressionTryout(Expressions expressions, ObjectMapper json, Clock clock) {
        this.expressions = expressions;
        this.json = json;
        this.clock = clock;
    }

    public Result evaluate(String expression, ExpressionKind kind, Map<String, Object> trigger,
            Map<String, Object> steps, Map<String, Object> business, Map<String, Object> vars) {
        requireBounded(trigger, steps, business, vars);
        Variables variables = new Variables(trigger, steps, business, vars, clock.instant());
        ExpressionKind k = kind == null ? ExpressionKind.any : kind;
        try {
            if (k == ExpressionKind.template) {
                expressions.checkTemplate(expression);
            } else {
                expressions.check(expression, kindOf(k));
            }
        } catch (ExpressionError e) {
            return new Result(false, null, e.getMessage(), "check");
        }
        try {
            Object value = k == ExpressionKind.template ? expressions.render(expression, variables)
                    : expressions.evaluate(expression, kindOf(k), variables);
            return new Result(true, value, null, null);
        } catch (ExpressionError e) {
            return new Result(false, null, e.getMessage(), "evaluate");
        }
    }

    private static Kind kindOf(ExpressionKind kind) {
        return switch (kind) {
            case bool -> Kind.BOOL;
            case string -> Kind.STRING;
            case map -> Kind.MAP;
            default -> Kind.ANY;
        };
    }

    private void requireBounded(Object... parts) {
        try {
            int size = json.writeValueAsBytes(parts).length;
            if (size > MAX_VARIABLES_BYTES) {
                throw ProblemException.invalid("variables", Text.of("workflow.variablesSize",
                        Map.of("max", MAX_VARIABLES_BYTES / 1024, "size", size / 1024)));
            }
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("variables", Text.of("workflow.jsonValues"));
        }
    }
}
