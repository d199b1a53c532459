package com.verticallight.workflow.step.data;

import com.verticallight.appointment.AppointmentService;
import com.verticallight.appointment.AppointmentStatus;
import com.verticallight.crm.ContactRequest;
import com.verticallight.crm.ContactService;
import com.verticallight.crm.ContactView;
import com.verticallight.i18n.Languages;
import com.verticallight.i18n.Text;
import com.verticallight.lead.LeadService;
import com.verticallight.lead.LeadStatus;
import com.verticallight.lead.LeadViews.StatusChange;
import com.verticallight.workflow.definition.WorkflowDefinition.StepDefinition;
import com.verticallight.workflow.step.StepContext;
import com.verticallight.workflow.step.StepFailure;
import com.verticallight.workflow.step.StepResult;
import com.verticallight.workflow.step.StepType;
import com.verticallight.workflow.step.StepValidation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Changes allowed fields of one of the tenant's records, through the record's own service so its rules apply:
 * {"record":"lead","id":"{{trigger.leadId}}","status":"QUALIFIED","note":"…"};
 * {"record":"appointment","id":"…","status":"CANCELLED"} (CONFIRMED, CANCELLED, COMPLETED, NO_SHOW);
 * {"record":"contact","id":"…","addTags":["vip"],"removeTags":["cold"]}. The id is a template; a record of another
 * tenant is not found. Static values are checked at save, rendered ones when the step runs (the step fails). A test
 * run (sandbox) reads the record and writes nothing: its output has "simulated":true and the change it would make.
 */
@ApplicationScoped
public class DataUpdateStep implements StepType {

    static final Set<String> APPOINTMENT_STATUSES = Set.of("CONFIRMED", "CANCELLED", "COMPLETED", "NO_SHOW");
    /** The statuses a step may set, as the check lists them to the builder. */
    private static final String LEAD_STATUS_CODES = "CONTACTED, ENGAGED, QUALIFIED, CONVERTED, LOST";
    private static final String APPOINTMENT_STATUS_CODES = "CANCELLED, COMPLETED, CONFIRMED, NO_SHOW";

    private final LeadService leads;
    private final AppointmentService appointments;
    private final ContactService contacts;
    private final Validator validator;

    public DataUpdateStep(LeadService leads, AppointmentService appointments, ContactService contacts,
            Validator validator) {
        this.leads = leads;
        this.appointments = appointments;
        this.contacts = contacts;
        this.validator = validator;
    }

    @Override
    public String type() {
        return "dataUpdate";
    }

    @Override
    public void validate(StepDefinition step, StepValidation validation) {
        Map<String, Object> s = step.settingsOrEmpty();
        if (validation.required(step.setting("id"), s.get("id"))) {
            validation.template(step.setting("id"), s.get("id"));
        }
        Object record = s.get("record");
        if (!validation.required(step.setting("record"), record)) {
            return;
        }
        switch (String.valueOf(record)) {
            case "lead" -> status(step, validation, s.get("status"), leadStatusProblem(s.get("status")));
            case "appointment" -> status(step, validation, s.get("status"),
                    appointmentStatusProblem(s.get("status")));
            case "contact" -> tags(step, validation, s);
            default -> validation.error(step.setting("record"), "workflow.definition.recordKind");
        }
    }

    private static void status(StepDefinition step, StepValidation validation, Object status, Text problem) {
        if (!validation.required(step.setting("status"), status)) {
            return;
        }
        if (String.valueOf(status).contains("{{")) {
            validation.template(step.setting("status"), status);
        } else if (problem != null) {
            validation.error(step.setting("status"), problem);
        }
    }

    private static void tags(StepDefinition step, StepValidation validation, Map<String, Object> s) {
        if (s.get("addTags") == null && s.get("removeTags") == null) {
            validation.error(step.setting("addTags"), "workflow.definition.tagsNone");
        }
        for (String name : List.of("addTags", "removeTags")) {
            Object value = s.get(name);
            if (value != null && !(value instanceof List<?>)) {
                validation.error(step.setting(name), "workflow.definition.tagsList");
            } else if (value != null) {
                List<?> list = (List<?>) value;
                for (int i = 0; i < list.size(); i++) {
                    validation.template(step.setting(name + "[" + i + "]"), list.get(i));
                }
            }
        }
    }

    /** As the lead API: a known status, and never back to NEW. */
    static Text leadStatusProblem(Object value) {
        String text = String.valueOf(value).trim();
        if ("NEW".equals(text)) {
            return Text.of("workflow.definition.leadBackToNew");
        }
        try {
            LeadStatus.valueOf(text);
            return null;
        } catch (IllegalArgumentException e) {
            return Text.of("error.oneOf", Map.of("values", LEAD_STATUS_CODES));
        }
    }

    static Text appointmentStatusProblem(Object value) {
        return APPOINTMENT_STATUSES.contains(String.valueOf(value).trim()) ? null
                : Text.of("error.oneOf", Map.of("values", APPOINTMENT_STATUS_CODES));
    }

    @Override
    public Uni<StepResult> run(StepContext context) {
        Map<String, Object> s = context.step().settingsOrEmpty();
        UUID id = id(context.render(context.setting("id")));
        return switch (String.valueOf(s.get("record"))) {
            case "lead" -> lead(context, id);
            case "appointment" -> appointment(context, id);
            default -> contact(context, id);
        };
    }

    private Uni<StepResult> lead(StepContext context, UUID id) {
        String status = rendered(context, "status");
        Text problem = leadStatusProblem(status);
        if (problem != null) {
            throw new StepFailure("status '" + status + "': " + problem.in(Languages.ENGLISH), false);
        }
        String note = context.setting("note") == null ? "by workflow" : context.render(context.setting("note"));
        if (context.sandbox()) {
            return leads.get(id).map(found -> simulated("lead", id, Map.of("status", status)));
        }
        return leads.changeStatus(id, new StatusChange(LeadStatus.valueOf(status), note))
                .map(lead -> done("lead", id, Map.of("status", lead.status().name())));
    }

    private Uni<StepResult> appointment(StepContext context, UUID id) {
        String status = rendered(context, "status");
        Text problem = appointmentStatusProblem(status);
        if (problem != null) {
            throw new StepFailure("status '" + status + "': " + problem.in(Languages.ENGLISH), false);
        }
        if (context.sandbox()) {
            return appointments.get(id).map(found -> simulated("appointment", id, Map.of("status", status)));
        }
        return appointments.changeStatus(id, AppointmentStatus.valueOf(status))
                .map(a -> done("appointment", id, Map.of("status", a.status().name())));
    }

    private Uni<StepResult> contact(StepContext context, UUID id) {
        List<String> add = renderedList(context, "addTags");
        List<String> remove = renderedList(context, "removeTags");
        return contacts.get(id).chain(contact -> {
            Set<String> tags = new LinkedHashSet<>(contact.tags() == null ? List.of() : contact.tags());
            tags.addAll(add);
            remove.forEach(tags::remove);
            ContactRequest request = new ContactRequest(contact.name(), contact.phone(), contact.email(),
                    contact.language(), new ArrayList<>(tags));
            Set<ConstraintViolation<ContactRequest>> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                throw new StepFailure(violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage())
                        .sorted().collect(Collectors.joining("; ")), false);
            }
            if (context.sandbox()) {
                return Uni.createFrom().item(simulated("contact", id, Map.of("tags", request.tags())));
            }
            return contacts.replace(id, request).map((ContactView c) -> done("contact", id, Map.of("tags", c.tags())));
        });
    }

    /** A test run's answer: the change it would have made; nothing is written. */
    private static StepResult simulated(String record, UUID id, Map<String, Object> wouldChange) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("record", record);
        output.put("id", id.toString());
        output.put("simulated", true);
        output.putAll(wouldChange);
        return StepResult.next(output);
    }

    private static StepResult done(String record, UUID id, Map<String, Object> changed) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("record", record);
        output.put("id", id.toString());
        output.putAll(changed);
        return StepResult.next(output);
    }

    private static UUID id(String text) {
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw new StepFailure("id '" + text + "' is not a record id (a UUID)", false);
        }
    }

    private static String rendered(StepContext context, String name) {
        return context.render(context.setting(name)).trim();
    }

    private static List<String> renderedList(StepContext context, String name) {
        List<String> values = new ArrayList<>();
        if (context.step().settingsOrEmpty().get(name) instanceof List<?> list) {
            list.forEach(v -> values.add(context.render(String.valueOf(v)).trim()));
        }
        return values;
    }
}
