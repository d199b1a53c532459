package com.verticallight.lead;

import com.verticallight.channel.ChannelKind;
import com.verticallight.job.JobHandler;
import com.verticallight.job.JobRequest;
import com.verticallight.job.RunningJob;
import com.verticallight.platform.json.JsonText;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The safety net of a lead's first reply. The reply is sent within the request that took the lead, after the lead
 * is committed; if the service stops between the commit and the send (or before the outcome is recorded), this job,
 * written in the lead's transaction, sends it a few minutes later under the same idempotency key. When the first
 * reply is already recorded the job does nothing; when it was sent but not recorded, the gateway answers with the
 * earlier delivery and that is recorded.
 */
@ApplicationScoped
public class LeadFirstReply implements JobHandler {

    static final String KIND = "lead.first_reply";
    /** Long enough for the request's own send (with the gateway's retries) to finish first. */
    static final Duration SAFETY_DELAY = Duration.ofMinutes(3);

    record Payload(UUID leadId, ChannelKind wroteOn, Instant wroteAt) {
    }

    @Inject
    LeadRepository leads;

    @Inject
    LeadJournal journal;

    @Inject
    LeadIntake intake;

    @Override
    public String kind() {
        return KIND;
    }

    static JobRequest request(Lead lead, ChannelKind wroteOn, Instant wroteAt) {
        return new JobRequest(KIND, JsonText.write(new Payload(lead.id, wroteOn, wroteAt)),
                lead.createdAt.plus(SAFETY_DELAY), "lead:" + lead.id + ":first-reply", "lead-reply:" + lead.id, null);
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        Payload payload = JsonText.read(job.payload(), Payload.class);
        return Panache.withSession(() -> journal.firstReplyRecorded(payload.leadId()).chain(recorded -> recorded
                ? Uni.createFrom().<LeadIntake.Stored>nullItem()
                : leads.findById(payload.leadId()).chain(lead -> lead == null ? Uni.createFrom().nullItem()
                        : intake.loaded(lead, true, payload.wroteOn(), payload.wroteAt()))))
                .chain(stored -> stored == null ? Uni.createFrom().voidItem() : intake.answer(stored).replaceWithVoid());
    }
}
