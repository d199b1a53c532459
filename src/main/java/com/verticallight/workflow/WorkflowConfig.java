package com.verticallight.workflow;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "vlos.workflows")
public interface WorkflowConfig {

    /** How long a pass holds an execution; if its instance dies, the resume job takes it over after this. */
    @WithDefault("PT2M")
    Duration lease();

    /**
     * Executions one tenant may run at once on this instance. A tenant alone may use idle slots up to this (a quarter
     * of the global bound stays free for the others); when several wait, each freed slot goes to the one running the
     * fewest for its plan's weight, so each gets a fair share. Was 64.
     */
    @WithDefault("96")
    int perTenantConcurrency();

    /** Executions running at once on this instance, over all tenants. */
    @WithDefault("128")
    int globalConcurrency();

    /** The largest trigger payload and step output, as JSON characters. */
    @WithDefault("65536")
    int maxPayloadChars();

    /** The most a step input or output shown by the API carries, as JSON characters; more is cut. */
    @WithDefault("16384")
    int maxStoredChars();

    /** How long POST /run?wait=true waits for the output before answering 202. */
    @WithDefault("PT10S")
    Duration runWaitTimeout();

    /** Steps one execution may run (a guard against runaway loops). */
    @WithDefault("1000")
    int maxStepsPerExecution();

    /** Calls a workflow's public webhook accepts per hour; beyond it 429 with Retry-After. */
    @WithDefault("1000")
    int webhookMaxPerHour();

    /** The largest webhook body, in bytes (a bigger one answers 413 before it is parsed). */
    @WithDefault("65536")
    int webhookMaxBodyBytes();
}
