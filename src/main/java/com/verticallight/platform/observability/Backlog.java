package com.verticallight.platform.observability;

import java.time.Duration;
import java.util.Map;

/**
 * The work waiting in the database at one moment: due jobs per kind (how many, how late the oldest is) and due
 * outbox events. Read by the gauges and the backlog health check.
 */
public record Backlog(Map<String, Due> jobs, Due outbox, long deadOutbox) {

    public record Due(long count, Duration lag) {

        static final Due NONE = new Due(0, Duration.ZERO);
    }

    static final Backlog EMPTY = new Backlog(Map.of(), Due.NONE, 0);
}
