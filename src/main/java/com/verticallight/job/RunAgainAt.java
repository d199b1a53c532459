package com.verticallight.job;

import java.time.Instant;

/**
 * A handler's answer "not done yet, run me again at {@link #at()}": e.g. its delivery is still being resolved, or a
 * platform outage is being waited out. The job goes back to PENDING at that time and the run does not count as a
 * failed attempt; the handler itself decides when waiting stops being useful.
 */
public class RunAgainAt extends RuntimeException {

    private final Instant at;

    public RunAgainAt(Instant at, String why) {
        super(why, null, false, false);
        this.at = at;
    }

    public Instant at() {
        return at;
    }
}
