package com.verticallight.lead;

import java.util.Comparator;
import java.util.List;

/** Applies a business's rules to a lead: every matching rule adds its label and reason; the most urgent wins. */
public final class LeadClassifier {

    static final String NO_RULE = "No rule matched; medium priority by default";

    private LeadClassifier() {
    }

    public record Classification(LeadPriority priority, List<String> labels, List<RuleMatch> matches) {
    }

    public static Classification classify(List<LeadRule> rules, LeadRule.Facts facts) {
        List<RuleMatch> matches = rules.stream().filter(rule -> rule.matches(facts))
                .map(rule -> new RuleMatch(rule.label(), rule.priority(), rule.reason())).toList();
        if (matches.isEmpty()) {
            return new Classification(LeadPriority.MEDIUM, List.of(),
                    List.of(new RuleMatch("default", LeadPriority.MEDIUM, NO_RULE)));
        }
        LeadPriority priority = matches.stream().map(RuleMatch::priority)
                .min(Comparator.naturalOrder()).orElse(LeadPriority.MEDIUM);
        return new Classification(priority, matches.stream().map(RuleMatch::label).distinct().toList(), matches);
    }
}
