package com.verticallight.lead;

/** NEW → CONTACTED (first reply sent) → ENGAGED (the contact answered) → QUALIFIED → CONVERTED or LOST. */
public enum LeadStatus {
    NEW, CONTACTED, ENGAGED, QUALIFIED, CONVERTED, LOST;

    /** Still being worked on: follow-ups may run and a reply from the contact engages it. */
    public boolean isOpen() {
        return this != CONVERTED && this != LOST;
    }
}
