package com.verticallight.workflow.execution;

import com.verticallight.execution.HandOff;
import com.verticallight.execution.ManualTaskService;
import com.verticallight.execution.Priority;
import com.verticallight.i18n.Phrase;
import com.verticallight.i18n.Words;
import com.verticallight.workflow.definition.WorkflowRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;

/** A failed execution of a business's workflow becomes a manual task for the owner, with guidance. */
@ApplicationScoped
public class FailureHandOff {

    static final String GUIDANCE = "workflow-failed";
    private static final Logger LOG = Logger.getLogger(FailureHandOff.class);

    private final ManualTaskService tasks;
    private final WorkflowRepository workflows;

    public FailureHandOff(ManualTaskService tasks, WorkflowRepository workflows) {
        this.tasks = tasks;
        this.workflows = workflows;
    }

    public Uni<Void> failed(UUID businessId, UUID workflowId, UUID executionId, String stepKey, String error) {
        return Panache.withSession(() -> workflows.findById(workflowId))
                .chain(workflow -> tasks.handOff(businessId, new HandOff(GUIDANCE, null, error, Priority.HIGH, null,
                        "workflow-execution:" + executionId).withWords(Words.of(
                                "title", Phrase.of("workflow.failed.title", "name",
                                        cut(workflow == null ? workflowId.toString() : workflow.name), "step", stepKey),
                                // the step's own error stays as it was raised
                                "reason", error == null ? Phrase.of("workflow.failed.noError") : null,
                                "trigger", Phrase.of("workflow.execution", "id", executionId.toString())))))
                .replaceWithVoid()
                .onFailure().invoke(e -> LOG.errorf(e, "No manual task for failed execution %s", executionId))
                .onFailure().recoverWithNull();
    }

    private static String cut(String name) {
        return name.length() <= 150 ? name : name.substring(0, 147) + "...";
    }
}
