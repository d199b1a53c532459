package com.verticallight.lead;

import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.gateway.ChannelGateway;
import com.verticallight.execution.HandOff;
import com.verticallight.execution.ManualTaskService;
import com.verticallight.execution.Priority;
import com.verticallight.i18n.Moment;
import com.verticallight.i18n.Phrase;
import com.verticallight.i18n.Words;
import com.verticallight.job.JobHandler;
import com.verticallight.job.JobRequest;
import com.verticallight.job.RunningJob;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;

/**
 * A Facebook lead ad, from the leadgen webhook: its answers are read from Graph through the gateway, then it is taken
 * like any lead (contact, rules, first reply, follow-ups), once per leadgen id. Reading is retried with backoff
 * (a token being renewed, Graph throttling); when it keeps failing, or the answers cannot make a lead, the owner gets
 * a task with the lead's id so nobody is left unanswered.
 */
@ApplicationScoped
public class LeadAdJob implements JobHandler {

    static final String KIND = "lead.facebook_ad";
    /** 30 s doubling to the 1 h cap: about 5 hours of retries. */
    static final int ATTEMPTS = 12;

    record Payload(UUID connectionId, UUID businessId, String leadgenId, String formId) {
    }

    @Inject
    ChannelGateway gateway;

    @Inject
    LeadIntake intake;

    @Inject
    ManualTaskService tasks;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return KIND;
    }

    /** Inside the caller's transaction: the webhook event becomes a durable job, once per leadgen id. */
    static JobRequest request(JsonNode event, Clock clock) {
        Payload payload = new Payload(UUID.fromString(event.path("connectionId").asText()),
                UUID.fromString(event.path("businessId").asText()), event.path("leadgenId").asText(),
                event.path("formId").asText(null));
        return new JobRequest(KIND, JsonText.write(payload), clock.instant(), "leadgen:" + payload.leadgenId(), null,
                ATTEMPTS);
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        Payload payload = JsonText.read(job.payload(), Payload.class);
        return gateway.read(payload.connectionId(), OutboundAction.read(OutboundAction.ActionType.READ_LEAD,
                        payload.leadgenId()))
                .onFailure().recoverWithUni(failure -> job.attempt() < ATTEMPTS ? Uni.createFrom().failure(failure)
                        : handOff(payload, Phrase.of("leadAd.unread", "error", String.valueOf(failure.getMessage())))
                                .replaceWith(() -> null))
                .chain(read -> read == null ? Uni.createFrom().voidItem() : take(payload, LeadAdAnswers.parse(read.body())));
    }

    private Uni<Void> take(Payload payload, LeadAdAnswers answers) {
        return intake.take(new LeadIntake.Intake(payload.businessId(), LeadSource.FACEBOOK, null, answers.name(),
                        answers.phone(), answers.email(), answers.message(), null, null,
                        "leadgen:" + payload.leadgenId(), null, null))
                .replaceWithVoid()
                .onFailure(ProblemException.class).recoverWithUni(problem -> handOff(payload,
                        Phrase.of("leadAd.notALead", "problem", String.valueOf(problem.getMessage()),
                                "name", String.valueOf(answers.name()), "phone", String.valueOf(answers.phone()),
                                "email", String.valueOf(answers.email()),
                                "hasMessage", answers.message() == null ? "no" : "yes",
                                "message", answers.message() == null ? "" : answers.message())));
    }

    private Uni<Void> handOff(Payload payload, Phrase why) {
        return tasks.handOff(payload.businessId(), new HandOff("facebook-lead-unread", null, null, Priority.HIGH, null,
                "leadgen:" + payload.leadgenId()).withWords(Words.of(
                        "title", Phrase.of("leadAd.title"),
                        "reason", Phrase.of("leadAd.reason", "lead", payload.leadgenId(),
                                "at", Moment.of(clock.instant()), "why", why),
                        "trigger", Phrase.of("leadAd.trigger")))).replaceWithVoid();
    }
}
