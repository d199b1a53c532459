package com.verticallight.lead;

import com.verticallight.job.JobHandler;
import com.verticallight.job.JobRequest;
import com.verticallight.job.JobScheduler;
import com.verticallight.job.RunningJob;
import com.verticallight.lead.LeadViews.FollowUpPayload;
import com.verticallight.platform.json.JsonText;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;

/**
 * The follow-up sequence of a lead: one durable job per step, scheduled with the lead, cancelled together (by the
 * correlation "lead:&lt;id&gt;") when the contact answers. A job sends its step through the gateway with the job's
 * idempotency key, so a job run twice sends once.
 */
@ApplicationScoped
public class LeadFollowUps implements JobHandler {

    public static final String KIND = "lead.follow_up";
    static final String TASK = "lead_follow_up";

    @Inject
    JobScheduler jobs;

    @Inject
    LeadSettingsService settings;

    @Inject
    LeadRepository leads;

    @Inject
    LeadJournal journal;

    @Inject
    LeadSender sender;

    /** Not done while its delivery is unresolved: a crashed send waits for the sweeper, an outage is retried. */
    @Inject
    com.verticallight.channel.gateway.JobDeliveries deliveries;

    @Inject
    LeadIntake intake;

    @Override
    public String kind() {
        return KIND;
    }

    /** Inside the transaction that stores the lead. */
    Uni<Lead> schedule(Lead lead) {
        return settings.followUps(lead.businessId).chain(sequence -> {
            List<FollowUpStep> steps = sequence.steps();
            return Multi.createFrom().range(0, steps.size())
                    .onItem().transformToUniAndConcatenate(i -> jobs.schedule(request(lead, i + 1, steps.get(i))))
                    .collect().last();
        }).replaceWith(lead);
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        FollowUpPayload payload = JsonText.read(job.payload(), FollowUpPayload.class);
        FollowUpStep step = payload.followUp();
        return Panache.withSession(() -> leads.findById(payload.leadId()).chain(lead -> {
            if (lead == null || lead.status != LeadStatus.NEW && lead.status != LeadStatus.CONTACTED) {
                return Uni.createFrom().<LeadIntake.Stored>nullItem();
            }
            return intake.loaded(lead, false, null, null);
        })).chain(found -> found == null ? Uni.createFrom().voidItem()
                : sender.send(found.business(), found.contact(), new LeadSender.Message(step.channel(),
                        step.templateName(), step.textKey(), step.text(), false), job.idempotencyKey(), TASK, false, true)
                        .call(sent -> sent == null ? Uni.createFrom().voidItem() : deliveries.settle(sent.outcome(), null))
                        .chain(sent -> Panache.withTransaction(() -> journal.recordSend(payload.leadId(),
                                "Follow-up " + payload.step(), sent, false))));
    }

    private static JobRequest request(Lead lead, int number, FollowUpStep step) {
        return new JobRequest(KIND, JsonText.write(new FollowUpPayload(lead.id, number, step)),
                lead.createdAt.plus(Duration.ofHours(step.delayHours())), "lead:" + lead.id + ":follow-up:" + number,
                LeadJournal.correlation(lead.id), null);
    }
}
