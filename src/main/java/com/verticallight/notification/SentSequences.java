package com.verticallight.notification;

/**
 * The sequences one socket was sent lately, so that a notification reaching it twice (the replay on open racing a
 * live one) goes once, while one that arrives after a later one (two notifications of a person committed in the
 * other order than their sequences) still goes. Small and fixed: a socket's whole memory of what it sent.
 */
final class SentSequences {

    private static final int REMEMBERED = 16;

    private final long floor;
    private final long[] recent = new long[REMEMBERED];
    private int next;

    /** {@code floor}: the client already has everything up to it (its {@code after}). */
    SentSequences(long floor) {
        this.floor = floor;
    }

    /** True the first time a sequence above the floor is offered. */
    synchronized boolean first(long sequence) {
        if (sequence <= floor) {
            return false;
        }
        for (long sent : recent) {
            if (sent == sequence) {
                return false;
            }
        }
        recent[next] = sequence;
        next = (next + 1) % REMEMBERED;
        return true;
    }
}
