package com.verticallight.workflow.step;

import com.verticallight.workflow.definition.WorkflowDefinition.StepDefinition;
import com.verticallight.workflow.expression.Expressions.Kind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Waits durably (a job wakes the execution): {"duration":"PT2H"}, or {"until":"09:00"} (the next 09:00 in the
 * business's time zone), or {"untilExpression":"timestamp(trigger.appointmentAt) - duration('1h')"}.
 */
@ApplicationScoped
public class DelayStep implements StepType {

    @Override
    public String type() {
        return "delay";
    }

    @Override
    public void validate(StepDefinition step, StepValidation validation) {
        Map<String, Object> s = step.settingsOrEmpty();
        int given = (s.get("duration") != null ? 1 : 0) + (s.get("until") != null ? 1 : 0)
                + (s.get("untilExpression") != null ? 1 : 0);
        if (given != 1) {
            validation.error(step.setting("duration"), "workflow.definition.delayExactlyOne");
            return;
        }
        if (s.get("duration") != null) {
            validation.duration(step.setting("duration"), s.get("duration"));
        } else if (s.get("until") != null) {
            try {
                LocalTime.parse(String.valueOf(s.get("until")));
            } catch (DateTimeParseException e) {
                validation.error(step.setting("until"), "workflow.definition.localTime");
            }
        } else {
            validation.expression(step.setting("untilExpression"), s.get("untilExpression"), Kind.ANY);
        }
    }

    @Override
    public Uni<StepResult> run(StepContext context) {
        return Uni.createFrom().item(() -> {
            Instant until = until(context);
            return until.isAfter(context.now()) ? new StepResult.Wait(until, Map.of("until", until.toString()))
                    : StepResult.next(Map.of("until", until.toString()));
        });
    }

    private static Instant until(StepContext context) {
        String duration = context.setting("duration");
        if (duration != null) {
            return context.now().plus(Duration.parse(duration));
        }
        String local = context.setting("until");
        if (local != null) {
            Object zone = context.business().get("timeZone");
            ZoneId zoneId = zone == null ? ZoneId.of("UTC") : ZoneId.of(String.valueOf(zone));
            ZonedDateTime now = context.now().atZone(zoneId);
            ZonedDateTime at = now.with(LocalTime.parse(local));
            return (at.isAfter(now) ? at : at.plusDays(1)).toInstant();
        }
        Object value = context.expressions().evaluate(context.setting("untilExpression"), Kind.ANY, context.variables());
        try {
            return Instant.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw new StepFailure("untilExpression gave " + value + ", not a timestamp", false);
        }
    }
}
