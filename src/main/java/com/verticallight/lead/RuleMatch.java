package com.verticallight.lead;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rule that matched a lead: its label, the priority it gives and why. */
@Schema(name = "LeadRuleMatch")
public record RuleMatch(String label, LeadPriority priority, String reason) {
}
