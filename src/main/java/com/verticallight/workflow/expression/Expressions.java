package com.verticallight.workflow.expression;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import com.verticallight.i18n.Text;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Workflow expressions in Google's CEL: a real parser and type checker, no access to Java classes, no loops
 * beyond bounded comprehensions. Variables: {@code trigger}, {@code steps} (steps.&lt;id&gt;.output), {@code business},
 * {@code vars} (maps) and {@code now} (a timestamp). Programs are compiled once and cached by their text (published
 * versions never change, so one text is one program). Text templates render each {@code {{expr}}} with the same
 * evaluator. Pure Java: no CDI, so it is unit-tested on its own.
 */
public final class Expressions {

    /** The result type an expression must have. */
    public enum Kind {
        BOOL(SimpleType.BOOL), MAP(MapType.create(SimpleType.STRING, SimpleType.DYN)), ANY(SimpleType.DYN),
        STRING(SimpleType.STRING);

        final CelType type;

        Kind(CelType type) {
            this.type = type;
        }
    }

    public static final int MAX_EXPRESSION_LENGTH = 4_000;
    public static final int MAX_ITERATIONS = 1_000;
    private static final int MAX_CACHED = 10_000;
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.+?)}}", Pattern.DOTALL);
    private static final CelOptions OPTIONS = CelOptions.current()
            .maxExpressionCodePointSize(MAX_EXPRESSION_LENGTH)
            .maxParseRecursionDepth(64)
            .comprehensionMaxIterations(MAX_ITERATIONS)
            .enableHeterogeneousNumericComparisons(true)
            .build();
    private static final MapType DYN_MAP = MapType.create(SimpleType.STRING, SimpleType.DYN);

    private final Map<Kind, CelCompiler> compilers = new HashMap<>();
    private final CelRuntime runtime = CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(OPTIONS).build();
    private final Map<String, CelRuntime.Program> programs = new ConcurrentHashMap<>();

    public Expressions() {
        for (Kind kind : Kind.values()) {
            compilers.put(kind, CelCompilerFactory.standardCelCompilerBuilder()
                    .setOptions(OPTIONS)
                    .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                    .addVar("trigger", DYN_MAP)
                    .addVar("steps", DYN_MAP)
                    .addVar("business", DYN_MAP)
                    .addVar("vars", DYN_MAP)
                    .addVar("now", SimpleType.TIMESTAMP)
                    .setResultType(kind.type)
                    .build());
        }
    }

    /** Parses and type-checks; throws {@link ExpressionError} with CEL's message when it does not. */
    public void check(String expression, Kind kind) {
        program(expression, kind);
    }

    /** Checks every {{expr}} of a text template. */
    public void checkTemplate(String template) {
        Matcher m = TEMPLATE.matcher(template);
        while (m.find()) {
            check(m.group(1).trim(), Kind.ANY);
        }
    }

    public boolean isTemplate(String text) {
        return text != null && TEMPLATE.matcher(text).find();
    }

    /** Evaluates to a plain value (maps, lists, strings, longs, doubles, booleans, null). */
    public Object evaluate(String expression, Kind kind, Variables variables) {
        try {
            return CelValues.fromCel(program(expression, kind).eval(variables.asCel()));
        } catch (CelEvaluationException e) {
            throw new ExpressionError("'" + expression + "' failed: " + e.getMessage());
        }
    }

    public boolean test(String expression, Variables variables) {
        return Boolean.TRUE.equals(evaluate(expression, Kind.BOOL, variables));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String expression, Variables variables) {
        return (Map<String, Object>) evaluate(expression, Kind.MAP, variables);
    }

    /** "Hello {{trigger.name}}" with each expression's value in place of its braces. */
    public String render(String template, Variables variables) {
        if (template == null) {
            return null;
        }
        Matcher m = TEMPLATE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String expression = m.group(1).trim();
            Object value;
            try {
                value = program(expression, Kind.ANY).eval(variables.asCel());
            } catch (CelEvaluationException e) {
                throw new ExpressionError("'" + expression + "' failed: " + e.getMessage());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(CelValues.text(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private CelRuntime.Program program(String expression, Kind kind) {
        if (expression == null || expression.isBlank()) {
            throw new ExpressionError(Text.of("workflow.definition.expressionEmpty"));
        }
        if (expression.length() > MAX_EXPRESSION_LENGTH) {
            throw new ExpressionError(Text.of("workflow.definition.expressionTooLong",
                    Map.of("max", MAX_EXPRESSION_LENGTH)));
        }
        String key = kind.name() + ":" + expression;
        CelRuntime.Program cached = programs.get(key);
        if (cached != null) {
            return cached;
        }
        CelRuntime.Program compiled = compile(expression, kind);
        if (programs.size() >= MAX_CACHED) {
            programs.clear();
        }
        programs.put(key, compiled);
        return compiled;
    }

    private CelRuntime.Program compile(String expression, Kind kind) {
        CelValidationResult result = compilers.get(kind).compile(expression);
        try {
            CelAbstractSyntaxTree ast = result.getAst();
            return runtime.createProgram(ast);
        } catch (CelValidationException e) {
            throw new ExpressionError(e.getErrors().stream().map(CelIssue::getMessage).distinct()
                    .collect(Collectors.joining("; ")));
        } catch (CelEvaluationException e) {
            throw new ExpressionError(e.getMessage());
        }
    }
}
