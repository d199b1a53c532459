package com.verticallight.lead;

import com.verticallight.i18n.Text;
import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.business.BusinessService;
import com.verticallight.crm.ContactService;
import com.verticallight.job.JobScheduler;
import com.verticallight.job.JobService;
import com.verticallight.job.JobStatus;
import com.verticallight.job.JobViews.JobView;
import com.verticallight.lead.LeadViews.ContactRef;
import com.verticallight.lead.LeadViews.EventView;
import com.verticallight.lead.LeadViews.FollowUpPayload;
import com.verticallight.lead.LeadViews.LeadDetail;
import com.verticallight.lead.LeadViews.LeadRequest;
import com.verticallight.lead.LeadViews.LeadSummary;
import com.verticallight.lead.LeadViews.PendingFollowUp;
import com.verticallight.lead.LeadViews.StatusChange;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Leads as the owner sees and steers them. */
@ApplicationScoped
public class LeadService {

    static final String LEAD = "Lead";

    @Inject
    LeadIntake intake;

    @Inject
    LeadRepository leads;

    @Inject
    LeadEventRepository events;

    @Inject
    LeadJournal journal;

    @Inject
    BusinessService businesses;

    @Inject
    ContactService contacts;

    @Inject
    JobService jobs;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    JobScheduler scheduler;

    @Inject
    java.time.Clock clock;

    /** A lead from the API: stored, classified, answered and followed up. */
    public Uni<LeadDetail> create(UUID businessId, LeadRequest request) {
        return intake.take(new LeadIntake.Intake(businessId, LeadSource.API, null, request.name(), request.phone(),
                request.email(), request.message(), request.valueMinor(), request.consent(), null, null, null))
                .chain(lead -> get(lead.id));
    }

    /** The "form.lead" event of a website form submission (the contact is stored already); handled once. */
    public Uni<Void> fromForm(UUID tenantId, UUID eventId, JsonNode payload) {
        return currentTenant.runAs(tenantId, () -> intake.take(new LeadIntake.Intake(
                UUID.fromString(payload.path("businessId").asText()), LeadSource.FORM,
                UUID.fromString(payload.path("contactId").asText()), payload.path("name").asText(null), null, null,
                payload.path("message").asText(null), null, null, "outbox:" + eventId, null, null))).replaceWithVoid();
    }

    /** The "facebook.leadgen" event of a lead ad: a durable job reads its answers and takes the lead, once. */
    public Uni<Void> fromLeadAd(UUID tenantId, JsonNode payload) {
        return currentTenant.runAs(tenantId, () -> Panache.withTransaction(
                () -> scheduler.schedule(LeadAdJob.request(payload, clock)))).replaceWithVoid();
    }

    @WithSession
    public Uni<List<LeadSummary>> list(UUID businessId, LeadStatus status, LeadPriority priority, int limit) {
        StringBuilder where = new StringBuilder("businessId = :businessId");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("businessId", businessId);
        if (status != null) {
            where.append(" and status = :status");
            parameters.put("status", status);
        }
        if (priority != null) {
            where.append(" and priority = :priority");
            parameters.put("priority", priority);
        }
        return businesses.get(businessId).chain(b -> leads.page(where.toString(), parameters, "createdAt desc, id", 0,
                limit)).chain(found -> contacts.cards(found.stream().map(l -> l.contactId).distinct().toList())
                        .map(cards -> found.stream().map(l -> LeadSummary.of(l, cards.get(l.contactId))).toList()));
    }

    @WithSession
    public Uni<LeadDetail> get(UUID id) {
        return leads.getById(id, LEAD).chain(lead -> contacts.get(lead.contactId)
                .chain(contact -> events.list("leadId = :id", Map.of("id", id), "createdAt, id")
                        .chain(history -> jobs.list(JobStatus.PENDING, LeadFollowUps.KIND, LeadJournal.correlation(id), 50)
                                .map(pending -> new LeadDetail(lead.id, lead.businessId,
                                        new ContactRef(contact.id(), contact.name(), contact.phone(), contact.email()),
                                        lead.source, lead.status, lead.priority, lead.labels, lead.matchedRules,
                                        lead.message, lead.valueMinor, lead.replyChannel, lead.createdAt, lead.updatedAt,
                                        history.stream().map(EventView::of).toList(), pending(pending))))));
    }

    /** The owner moves the lead; leaving NEW/CONTACTED ends its follow-ups. A lead never goes back to NEW. */
    @WithTransaction
    public Uni<LeadDetail> changeStatus(UUID id, StatusChange change) {
        if (change.status() == LeadStatus.NEW) {
            return Uni.createFrom().failure(ProblemException.invalid("status", Text.of("lead.leadCannotGoBackNEW")));
        }
        return leads.getById(id, LEAD).chain(lead -> {
            if (lead.status == change.status()) {
                return Uni.createFrom().item(lead);
            }
            String note = change.note() == null || change.note().isBlank() ? "" : ": " + change.note().strip();
            boolean ends = change.status() != LeadStatus.CONTACTED;
            Uni<Integer> cancelled = ends ? journal.cancelFollowUps(lead) : Uni.createFrom().item(0);
            return cancelled.chain(n -> journal.move(lead, change.status(), "Changed by the owner" + note
                    + (n > 0 ? "; " + n + " pending follow-ups cancelled" : ""), null));
        }).chain(lead -> get(lead.id));
    }

    private static List<PendingFollowUp> pending(List<JobView> jobs) {
        List<PendingFollowUp> pending = new ArrayList<>();
        for (JobView job : jobs) {
            FollowUpPayload payload = JsonText.read(job.payload(), FollowUpPayload.class);
            pending.add(new PendingFollowUp(job.id(), payload.step(), job.runAt(), payload.followUp().channel(),
                    payload.followUp().templateName()));
        }
        pending.sort(Comparator.comparing(PendingFollowUp::runAt));
        return pending;
    }
}
