package com.verticallight.workflow.definition;

import com.verticallight.workflow.definition.WorkflowDefinition.InputSchema;
import com.verticallight.workflow.definition.WorkflowDefinition.StepDefinition;
import com.verticallight.workflow.definition.WorkflowDefinition.TriggerDefinition;
import com.verticallight.workflow.expression.Expressions;
import com.verticallight.workflow.expression.Expressions.Kind;
import com.verticallight.workflow.step.StepType;
import com.verticallight.workflow.step.StepTypes;
import com.verticallight.workflow.step.StepValidation;
import com.verticallight.workflow.trigger.TriggerTypes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a whole definition at once, without the database: step ids and types, edges that lead nowhere, steps
 * nothing reaches, cycles through no loop step, every setting and expression (each step type checks its own), the
 * trigger and the input schema. Connections named by steps are returned for the caller to check against the tenant.
 */
@ApplicationScoped
public class DefinitionValidator {

    public static final int MAX_STEPS = 200;
    private static final Pattern STEP_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");
    private static final Set<String> SCHEMA_TYPES = Set.of("string", "number", "integer", "boolean", "object", "array");
    private static final String STEP_ID_SHAPE = "workflow.definition.stepIdShape";
    private static final String STEP_ID_USED = "workflow.definition.stepIdUsed";
    private static final String LEADS_NOWHERE = "workflow.definition.leadsNowhere";
    private static final String LEADS_BACK = "workflow.definition.leadsBack";
    /** Errors in the shape of the graph: with any of them, reachability and cycles are not checked. */
    private static final Set<String> GRAPH_ERRORS = Set.of(STEP_ID_SHAPE, STEP_ID_USED, LEADS_NOWHERE, LEADS_BACK);

    private final StepTypes stepTypes;
    private final TriggerTypes triggerTypes;
    private final Expressions expressions;

    public DefinitionValidator(StepTypes stepTypes, TriggerTypes triggerTypes, Expressions expressions) {
        this.stepTypes = stepTypes;
        this.triggerTypes = triggerTypes;
        this.expressions = expressions;
    }

    /** The errors found (empty when valid) and the connections to check. */
    public StepValidation validate(WorkflowDefinition definition) {
        StepValidation v = new StepValidation(expressions);
        trigger(definition.trigger(), v);
        inputSchema(definition.inputSchema(), v);
        if (definition.output() != null) {
            v.expression("output", definition.output(), Kind.ANY);
        }
        List<StepDefinition> steps = definition.steps() == null ? List.of() : definition.steps();
        if (steps.isEmpty()) {
            v.error("steps", "workflow.definition.stepsNone");
            return v;
        }
        if (steps.size() > MAX_STEPS) {
            v.error("steps", "workflow.definition.stepsTooMany", Map.of("max", MAX_STEPS));
            return v;
        }
        Map<String, StepDefinition> byId = ids(steps, v);
        for (StepDefinition step : byId.values()) {
            stepTypes.find(step.type()).ifPresentOrElse(type -> {
                type.validate(step, v);
                retries(step, v);
                edges(step, type, byId, v);
            }, () -> v.oneOf(step.field("type"), stepTypes.names()));
        }
        if (errorsOnlyOfSettings(v)) {
            graph(steps.get(0).id(), byId, v);
        }
        return v;
    }

    private void trigger(TriggerDefinition trigger, StepValidation v) {
        if (trigger == null || trigger.type() == null) {
            v.error("trigger.type", "workflow.definition.triggerTypeRequired",
                    Map.of("values", triggerTypes.names().toString()));
            return;
        }
        triggerTypes.find(trigger.type()).ifPresentOrElse(type -> type.validate(trigger, v),
                () -> v.oneOf("trigger.type", triggerTypes.names()));
    }

    private static void inputSchema(InputSchema schema, StepValidation v) {
        if (schema == null || schema.properties() == null) {
            return;
        }
        schema.properties().forEach((name, type) -> {
            if (!SCHEMA_TYPES.contains(type)) {
                v.oneOf("inputSchema.properties." + name, SCHEMA_TYPES);
            }
        });
    }

    private static Map<String, StepDefinition> ids(List<StepDefinition> steps, StepValidation v) {
        Map<String, StepDefinition> byId = new LinkedHashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            StepDefinition step = steps.get(i);
            if (step == null || step.id() == null || !STEP_ID.matcher(step.id()).matches()) {
                v.error("steps[" + i + "].id", STEP_ID_SHAPE);
            } else if (byId.putIfAbsent(step.id(), step) != null) {
                v.error("steps[" + i + "].id", STEP_ID_USED);
            }
        }
        return byId;
    }

    /** Every step may retry: maxAttempts (1-10, default 1) with a backoff that doubles (default PT30S). */
    private static void retries(StepDefinition step, StepValidation v) {
        Object attempts = step.settingsOrEmpty().get("maxAttempts");
        if (attempts != null && !(attempts instanceof Integer n && n >= 1 && n <= 10)) {
            v.wholeNumberFrom(step.setting("maxAttempts"), 1, 10);
        }
        Object backoff = step.settingsOrEmpty().get("backoff");
        if (backoff != null) {
            v.duration(step.setting("backoff"), backoff);
        }
    }

    private static void edges(StepDefinition step, StepType type, Map<String, StepDefinition> byId, StepValidation v) {
        Map<String, String> edges = new LinkedHashMap<>();
        edges.put("next", step.next());
        edges.put("onTrue", step.onTrue());
        edges.put("onFalse", step.onFalse());
        edges.put("onError", step.onError());
        edges.put("onApprove", step.onApprove());
        edges.put("onReject", step.onReject());
        edges.put("onTimeout", step.onTimeout());
        List<String> branches = type.branches(step);
        for (int i = 0; i < branches.size(); i++) {
            edges.put("settings.branches[" + i + "]", branches.get(i));
        }
        edges.forEach((field, target) -> {
            if (target != null && !byId.containsKey(target)) {
                v.error(step.field(field), LEADS_NOWHERE, Map.of("target", target));
            } else if (target != null && target.equals(step.id())) {
                v.error(step.field(field), LEADS_BACK);
            }
        });
        boolean condition = "condition".equals(step.type());
        if (!condition && (step.onTrue() != null || step.onFalse() != null)) {
            v.error(step.field("onTrue"), "workflow.definition.onlyConditionBranches");
        }
        if (!"approval".equals(step.type()) && (step.onApprove() != null || step.onReject() != null
                || step.onTimeout() != null)) {
            v.error(step.field("onApprove"), "workflow.definition.onlyApprovalEdges");
        }
    }

    private static boolean errorsOnlyOfSettings(StepValidation v) {
        return v.errors().stream().map(e -> e.text().key()).noneMatch(GRAPH_ERRORS::contains);
    }

    /** Every step reachable from the first; no cycle unless it passes through a loop step. */
    private void graph(String start, Map<String, StepDefinition> byId, StepValidation v) {
        Map<String, List<String>> out = new HashMap<>();
        byId.values().forEach(step -> out.put(step.id(), successors(step)));
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (reached.add(id)) {
                out.getOrDefault(id, List.of()).forEach(todo::push);
            }
        }
        byId.keySet().stream().filter(id -> !reached.contains(id))
                .forEach(id -> v.error("steps[" + id + "]", "workflow.definition.unreachable", Map.of("start", start)));
        Set<String> done = new HashSet<>();
        for (String id : byId.keySet()) {
            cycle(id, out, byId, new ArrayList<>(), done, v);
        }
    }

    private void cycle(String id, Map<String, List<String>> out, Map<String, StepDefinition> byId, List<String> path,
            Set<String> done, StepValidation v) {
        if (done.contains(id)) {
            return;
        }
        int at = path.indexOf(id);
        if (at >= 0) {
            List<String> loop = path.subList(at, path.size());
            boolean throughLoop = loop.stream().anyMatch(s -> stepTypes.find(byId.get(s).type())
                    .map(StepType::isLoop).orElse(false));
            if (!throughLoop) {
                String last = loop.get(loop.size() - 1);
                v.error("steps[" + last + "]", "workflow.definition.cycle",
                        Map.of("path", String.join(" -> ", loop) + " -> " + id));
            }
            return;
        }
        path.add(id);
        for (String next : out.getOrDefault(id, List.of())) {
            cycle(next, out, byId, path, done, v);
        }
        path.remove(path.size() - 1);
        done.add(id);
    }

    private List<String> successors(StepDefinition step) {
        List<String> all = new ArrayList<>();
        for (String target : new String[] { step.next(), step.onTrue(), step.onFalse(), step.onError(),
                step.onApprove(), step.onReject(), step.onTimeout() }) {
            if (target != null) {
                all.add(target);
            }
        }
        stepTypes.find(step.type()).ifPresent(type -> all.addAll(type.branches(step)));
        return all;
    }
}
