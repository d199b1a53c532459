package com.verticallight.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.workflow.WorkflowViews.TemplateCopy;
import com.verticallight.workflow.WorkflowViews.TemplateView;
import com.verticallight.workflow.WorkflowViews.WorkflowRequest;
import com.verticallight.workflow.definition.WorkflowDefinition;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workflows the product ships ready to copy: the three of its automation architecture and two AI examples, kept
 * as JSON resources under {@code workflow-templates/}. What the user must fill in (a connection, a template name,
 * their phone) is marked {@code <<name: what to put>>}; a copy is a draft that answers what is still missing.
 */
@ApplicationScoped
public class WorkflowTemplates {

    /** The shipped templates, in the order they are listed (no classpath scanning: native-friendly). */
    static final List<String> IDS = List.of("lead-nurturing", "review-referral", "weekly-content",
            "lead-qualification", "high-value-churn-alert");
    static final Pattern PLACEHOLDER = Pattern.compile("<<([^<>]+)>>");

    private final Map<String, TemplateView> templates = new LinkedHashMap<>();
    private final WorkflowService workflows;

    public WorkflowTemplates(ObjectMapper json, WorkflowService workflows) {
        this.workflows = workflows;
        IDS.forEach(id -> templates.put(id, load(json, id)));
    }

    public List<TemplateView> list() {
        return List.copyOf(templates.values());
    }

    /** A new draft workflow of the tenant from the template, with the validation errors it still has. */
    public Uni<TemplateCopy> copy(String id, String name, UUID businessId) {
        TemplateView t = templates.get(id);
        if (t == null) {
            return Uni.createFrom().failure(ProblemException.notFound("Workflow template"));
        }
        WorkflowDefinition d = t.definition();
        return workflows.copy(new WorkflowRequest(name == null || name.isBlank() ? t.name() : name.trim(),
                t.description(), businessId, d.trigger(), d.steps(), d.inputSchema(), d.output()));
    }

    private static TemplateView load(ObjectMapper json, String id) {
        String path = "workflow-templates/" + id + ".json";
        try (InputStream in = WorkflowTemplates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing workflow template " + path);
            }
            JsonNode node = json.readTree(in);
            TreeSet<String> placeholders = new TreeSet<>();
            Matcher m = PLACEHOLDER.matcher(node.get("definition").toString());
            while (m.find()) {
                placeholders.add(m.group(1).split(":", 2)[0].trim());
            }
            return new TemplateView(id, node.get("name").asText(), node.get("description").asText(),
                    List.copyOf(placeholders), json.treeToValue(node.get("definition"), WorkflowDefinition.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable workflow template " + path, e);
        }
    }
}
