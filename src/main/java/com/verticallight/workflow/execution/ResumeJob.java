package com.verticallight.workflow.execution;

import com.verticallight.job.JobHandler;
import com.verticallight.job.RunningJob;
import com.verticallight.platform.json.JsonText;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Resumes an execution: when a wait ends (a delay, a retry's backoff), or when the instance that ran it died and
 * its lease ran out. The pass walks the graph again; finished steps are not run twice.
 */
@ApplicationScoped
public class ResumeJob implements JobHandler {

    private final WorkflowEngine engine;

    public ResumeJob(WorkflowEngine engine) {
        this.engine = engine;
    }

    @Override
    public String kind() {
        return ExecutionStore.RESUME;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        UUID executionId = UUID.fromString(JsonText.tree(job.payload()).path("executionId").asText());
        return engine.resume(job.tenantId(), executionId);
    }
}
