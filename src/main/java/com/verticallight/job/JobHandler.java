package com.verticallight.job;

import io.smallrye.mutiny.Uni;

/**
 * Does the work of one kind of job. Runs as the job's tenant (repositories are scoped to it), possibly more
 * than once if an instance dies mid-job: side effects must be idempotent (the gateway's keys make sends so).
 */
public interface JobHandler {

    /** The kind this handler runs, e.g. "channel.action". */
    String kind();

    /** Completes when the job is done; a failure reschedules it with backoff until its attempts run out. */
    Uni<Void> handle(RunningJob job);
}
