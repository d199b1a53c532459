package com.verticallight.intelligence.insight;

import com.verticallight.execution.Priority;
import java.util.Map;

/**
 * What a rule found.
 *
 * @param subject  what it is about (a channel, a field, a competitor): one insight per business, type and subject
 * @param items    how many things acting on it means handling (e.g. reviews to answer); effort and cost scale with it
 * @param evidence the figures it came from
 */
public record Finding(String subject, String title, String description, Priority priority, int items,
        Map<String, Object> evidence) {
}
