package com.verticallight.execution;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Guidance", description = "How to do a task that needs a person, step by step")
public record GuidanceView(
        String key,
        String title,
        String category,
        List<String> steps,
        @Schema(description = "What to check before calling it done") List<String> checklist,
        @Schema(description = "Things to say to the customer, supplier or team") List<String> talkingPoints,
        int estimatedMinutes,
        String potentialImpact) {

    static GuidanceView of(Guidance g) {
        return new GuidanceView(g.key, g.title, g.category, g.steps, g.checklist, g.talkingPoints,
                g.estimatedMinutes, g.potentialImpact);
    }
}
