package com.verticallight.execution;

/**
 * Work the automation hands to a person: which guidance helps, what to call it, why, how urgent, what data
 * prompted it and what it refers to (one task per business, guidance and reference).
 */
public record HandOff(String guidanceKey, String title, String reason, Priority priority, String trigger,
        String reference) {
}
