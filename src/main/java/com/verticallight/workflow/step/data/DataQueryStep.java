package com.verticallight.workflow.step.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.verticallight.execution.MetricsService;
import com.verticallight.execution.Period;
import com.verticallight.i18n.Text;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.workflow.definition.WorkflowDefinition.StepDefinition;
import com.verticallight.workflow.step.StepContext;
import com.verticallight.workflow.step.StepFailure;
import com.verticallight.workflow.step.StepResult;
import com.verticallight.workflow.step.StepType;
import com.verticallight.workflow.step.StepValidation;
import com.verticallight.workflow.step.data.NamedQuery.Filter;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Reads the tenant's own data through a named, parameterised query:
 * {"query":"leads","filters":{"status":"NEW","since":"{{trigger.since}}"},"limit":20}. Queries: leads, contacts,
 * sales, reviews, appointments, payments (payment requests), metrics (the automation metrics of a business for a
 * period). Output {"rows":[...],"count":n}. Every statement is scoped to the tenant; a definition never holds SQL.
 */
@ApplicationScoped
public class DataQueryStep implements StepType {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    private static final String METRICS = "metrics";
    private static final String NOT_A_FILTER = "workflow.definition.notAFilter";
    private static final String METRICS_FILTERS = "[businessId, period, date]";

    private final Pool pool;
    private final CurrentTenant tenant;
    private final MetricsService metrics;
    private final ObjectMapper json;

    public DataQueryStep(Pool pool, CurrentTenant tenant, MetricsService metrics, ObjectMapper json) {
        this.pool = pool;
        this.tenant = tenant;
        this.metrics = metrics;
        this.json = json;
    }

    @Override
    public String type() {
        return "dataQuery";
    }

    @Override
    public void validate(StepDefinition step, StepValidation validation) {
        Map<String, Object> s = step.settingsOrEmpty();
        Object name = s.get("query");
        if (!validation.required(step.setting("query"), name)) {
            return;
        }
        Object limit = s.get("limit");
        if (limit != null && !(limit instanceof Number n && n.intValue() >= 1 && n.intValue() <= MAX_LIMIT)) {
            validation.wholeNumberFrom(step.setting("limit"), 1, MAX_LIMIT);
        }
        Object filters = s.get("filters");
        if (filters != null && !(filters instanceof Map)) {
            validation.error(step.setting("filters"), "workflow.definition.filtersObject");
            return;
        }
        Map<?, ?> given = filters == null ? Map.of() : (Map<?, ?>) filters;
        if (METRICS.equals(name)) {
            validateMetrics(step, given, validation);
            return;
        }
        NamedQuery query = NamedQuery.ALL.get(String.valueOf(name));
        if (query == null) {
            validation.oneOf(step.setting("query"), names());
            return;
        }
        given.forEach((key, value) -> {
            String field = step.setting("filters." + key);
            Filter filter = query.filters().get(String.valueOf(key));
            if (filter == null) {
                validation.error(field, NOT_A_FILTER, Map.of("query", String.valueOf(name), "filters",
                        query.filters().keySet().toString()));
            } else if (isTemplate(value)) {
                validation.template(field, value);
            } else {
                Text problem = FilterValues.problem(filter, value);
                if (problem != null) {
                    validation.error(field, problem);
                }
            }
        });
    }

    private static void validateMetrics(StepDefinition step, Map<?, ?> given, StepValidation validation) {
        given.forEach((key, value) -> {
            String field = step.setting("filters." + key);
            Text problem = switch (String.valueOf(key)) {
                case "businessId" -> isTemplate(value) ? null : FilterValues.problem(
                        new Filter("businessId", "", NamedQuery.Kind.UUID, java.util.Set.of()), value);
                case "period" -> isTemplate(value) || periodOf(value) != null ? null
                        : Text.of("workflow.definition.metricsPeriod");
                case "date" -> isTemplate(value) || dateOf(value) != null ? null
                        : Text.of("workflow.definition.metricsDate");
                default -> Text.of(NOT_A_FILTER, Map.of("query", METRICS, "filters", METRICS_FILTERS));
            };
            if (isTemplate(value)) {
                validation.template(field, value);
            }
            if (problem != null) {
                validation.error(field, problem);
            }
        });
    }

    @Override
    public Uni<StepResult> run(StepContext context) {
        Map<String, Object> s = context.step().settingsOrEmpty();
        String name = String.valueOf(s.get("query"));
        Map<String, Object> values = rendered(context, s.get("filters"));
        if (METRICS.equals(name)) {
            return metrics(context, values);
        }
        NamedQuery query = NamedQuery.ALL.get(name);
        int limit = s.get("limit") instanceof Number n ? n.intValue() : DEFAULT_LIMIT;
        UUID tenantId = tenant.id();
        List<Object> parameters = new ArrayList<>(List.of(tenantId));
        StringBuilder sql = new StringBuilder(query.select()).append(" where tenant_id = $1");
        values.forEach((key, value) -> {
            Filter filter = query.filters().get(key);
            parameters.add(FilterValues.parse(filter, value));
            sql.append(" and ").append(filter.condition().replace("?", "$" + parameters.size()));
        });
        parameters.add(limit);
        sql.append(" order by ").append(query.orderBy()).append(" limit $").append(parameters.size());
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(parameters)).map(DataQueryStep::result);
    }

    private Uni<StepResult> metrics(StepContext context, Map<String, Object> values) {
        Object business = values.getOrDefault("businessId", context.businessId());
        if (business == null) {
            throw new StepFailure("filters.businessId: metrics are per business; name one", false);
        }
        UUID businessId = (UUID) FilterValues.parse(new Filter("businessId", "", NamedQuery.Kind.UUID,
                java.util.Set.of()), business);
        Period period = values.containsKey("period") ? periodOf(values.get("period")) : Period.DAY;
        LocalDate date = values.containsKey("date") ? dateOf(values.get("date")) : null;
        if (period == null || values.containsKey("date") && date == null) {
            throw new StepFailure("filters: period must be DAY, WEEK or MONTH and date a date such as 2026-12-07",
                    false);
        }
        return metrics.forPeriod(businessId, period, date).map(m -> {
            Object row = json.convertValue(m, Object.class);
            return StepResult.next(Map.of("rows", List.of(row), "count", 1));
        });
    }

    private static Map<String, Object> rendered(StepContext context, Object filters) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (filters instanceof Map<?, ?> map) {
            map.forEach((key, value) -> values.put(String.valueOf(key),
                    value instanceof String text ? context.render(text) : value));
        }
        return values;
    }

    private static StepResult result(RowSet<Row> rows) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                map.put(camel(row.getColumnName(i)), plain(row.getValue(i)));
            }
            list.add(map);
        }
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("rows", list);
        output.put("count", list.size());
        return StepResult.next(output);
    }

    private static Object plain(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
        }
        if (value instanceof UUID || value instanceof Temporal) {
            return value.toString();
        }
        return value;
    }

    static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static boolean isTemplate(Object value) {
        return value instanceof String text && text.contains("{{");
    }

    private static Period periodOf(Object value) {
        try {
            return Period.valueOf(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate dateOf(Object value) {
        try {
            return LocalDate.parse(String.valueOf(value));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String names() {
        TreeSet<String> all = new TreeSet<>(NamedQuery.ALL.keySet());
        all.add(METRICS);
        return all.toString();
    }
}
