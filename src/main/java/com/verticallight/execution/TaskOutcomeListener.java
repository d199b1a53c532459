package com.verticallight.execution;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/**
 * A feature whose manual tasks end with a person's decision (a workflow approval): completing such a task through
 * the task API carries an {@code outcome}, and the feature acts on it in the completion. The feature registers by
 * being a bean; the task queue knows nothing else of it.
 */
public interface TaskOutcomeListener {

    /** The guidance key of the tasks it decides. */
    String guidanceKey();

    /** The outcomes a completion of its tasks may carry, e.g. approve and reject; one of them is required. */
    List<String> outcomes();

    /**
     * The task is being completed with this outcome (inside the completion's transaction, after the task is
     * written): act on it, or fail with a problem (e.g. 409, already decided) to refuse the completion.
     */
    Uni<Void> completing(UUID taskId, String reference, String outcome, String comment);
}
