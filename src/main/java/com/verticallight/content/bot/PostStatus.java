package com.verticallight.content.bot;

/** DRAFT → APPROVED or REJECTED; APPROVED → SCHEDULED (a publish job at its time) → PUBLISHED or FAILED. */
public enum PostStatus {
    DRAFT, APPROVED, REJECTED, SCHEDULED, PUBLISHED, FAILED;

    /** The owner may still change the text, the image or the time. */
    boolean open() {
        return this == DRAFT || this == APPROVED || this == SCHEDULED;
    }
}
