package com.verticallight.lead;

import com.verticallight.i18n.Text;
import com.verticallight.business.BusinessService;
import com.verticallight.business.BusinessView;
import com.verticallight.channel.ChannelKind;
import com.verticallight.crm.ContactService;
import com.verticallight.crm.ContactView;
import com.verticallight.crm.SendPolicy;
import com.verticallight.job.JobScheduler;
import com.verticallight.lead.LeadClassifier.Classification;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.outbox.Outbox;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A lead arrives (API, website form, an inbound WhatsApp or SMS): the contact is found or created, the lead is
 * classified by the business's rules and stored with its follow-up jobs in one transaction; then the first reply
 * goes out through the gateway and its outcome is recorded on the lead. A {@link LeadFirstReply} job written with
 * the lead sends the first reply later if the service stopped before it went out.
 */
@ApplicationScoped
public class LeadIntake {

    static final String REPLY_TASK = "lead_reply";
    static final String WELCOME = "welcome";
    /** The outbox topic of a new lead. */
    public static final String LEAD_CREATED = "lead.created";
    private static final List<ChannelKind> CONSENT_CHANNELS = LeadMessages.PREFERENCE;

    /**
     * @param contactId the contact when already known (form, inbound message)
     * @param externalRef the platform's id of what created the lead: the same one is taken once
     * @param wroteOn the channel the contact wrote on, for inbound messages: the reply goes there
     * @param wroteAt when they wrote: a WhatsApp reply within 24 hours may be free-form text, later a template
     */
    record Intake(UUID businessId, LeadSource source, UUID contactId, String name, String phone, String email,
            String message, Long valueMinor, Boolean consent, String externalRef, ChannelKind wroteOn,
            Instant wroteAt) {
    }

    record Stored(Lead lead, ContactView contact, BusinessView business, boolean created, ChannelKind wroteOn,
            Instant wroteAt) {
    }

    @Inject
    LeadRepository leads;

    @Inject
    LeadJournal journal;

    @Inject
    LeadSettingsService settings;

    @Inject
    LeadFollowUps followUps;

    @Inject
    LeadSender sender;

    @Inject
    JobScheduler jobs;

    @Inject
    ContactService contacts;

    @Inject
    BusinessService businesses;

    @Inject
    Clock clock;

    /** Stores and answers the lead; an intake seen before returns the lead stored then, and sends nothing. */
    public Uni<Lead> take(Intake intake) {
        return Panache.withTransaction(() -> store(intake)).chain(this::answer);
    }

    /** The first reply, after the lead is committed; in the business's language, on the preferred channel. */
    Uni<Lead> answer(Stored stored) {
        if (!stored.created()) {
            return Uni.createFrom().item(stored.lead());
        }
        boolean insideWindow = stored.wroteOn() == ChannelKind.WHATSAPP && stored.wroteAt() != null
                && SendPolicy.insideWhatsAppWindow(stored.wroteAt(), clock.instant());
        LeadSender.Message welcome = new LeadSender.Message(stored.wroteOn(), null, WELCOME, null, insideWindow);
        UUID leadId = stored.lead().id;
        return sender.send(stored.business(), stored.contact(), welcome, "lead:" + leadId + ":reply", REPLY_TASK, true)
                .chain(sent -> Panache.withTransaction(() -> journal.recordSend(leadId, LeadJournal.FIRST_REPLY, sent, true)))
                .replaceWith(stored.lead());
    }

    /** A stored lead with its contact and business, for a job that messages it later. Inside a session. */
    Uni<Stored> loaded(Lead lead, boolean created, ChannelKind wroteOn, Instant wroteAt) {
        return businesses.get(lead.businessId).chain(business -> contacts.get(lead.contactId)
                .map(contact -> new Stored(lead, contact, business, created, wroteOn, wroteAt)));
    }

    /** Inside the caller's transaction. */
    Uni<Stored> store(Intake in) {
        return businesses.get(in.businessId()).chain(business -> existing(in).chain(found -> found != null
                ? Uni.createFrom().item(new Stored(found, null, business, false, in.wroteOn(), in.wroteAt()))
                : contactOf(in, business).chain(contact -> create(in, business, contact))));
    }

    private Uni<Lead> existing(Intake in) {
        if (in.externalRef() == null) {
            return Uni.createFrom().nullItem();
        }
        return leads.first("source = :source and externalRef = :ref",
                Map.of("source", in.source(), "ref", in.externalRef()));
    }

    private Uni<Stored> create(Intake in, BusinessView business, ContactView contact) {
        return settings.rules(business.id()).chain(rules -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            LocalTime local = now.atZone(ZoneId.of(business.timeZone())).toLocalTime();
            Classification c = LeadClassifier.classify(rules.rules(),
                    new LeadRule.Facts(in.source(), in.message(), local, in.valueMinor()));
            Lead lead = new Lead();
            lead.businessId = business.id();
            lead.contactId = contact.id();
            lead.source = in.source();
            lead.status = LeadStatus.NEW;
            lead.priority = c.priority();
            lead.labels = c.labels();
            lead.matchedRules = c.matches();
            lead.message = in.message();
            lead.valueMinor = in.valueMinor();
            lead.externalRef = in.externalRef();
            lead.createdAt = now;
            lead.updatedAt = now;
            return leads.add(lead).call(saved -> created(saved, contact, now))
                    .chain(saved -> journal.arrived(saved, c)).chain(followUps::schedule)
                    .call(saved -> jobs.schedule(LeadFirstReply.request(saved, in.wroteOn(), in.wroteAt())))
                    .map(saved -> new Stored(saved, contact, business, true, in.wroteOn(), in.wroteAt()));
        });
    }

    /** The "lead.created" event, in the lead's transaction: workflows listening to it start once it is committed. */
    private static Uni<Void> created(Lead lead, ContactView contact, Instant now) {
        Map<String, Object> payload = new java.util.LinkedHashMap<>();
        payload.put("leadId", lead.id.toString());
        payload.put("businessId", lead.businessId.toString());
        payload.put("contactId", lead.contactId.toString());
        payload.put("source", lead.source.name());
        payload.put("status", lead.status.name());
        payload.put("priority", lead.priority.name());
        payload.put("labels", lead.labels);
        payload.put("message", lead.message);
        payload.put("valueMinor", lead.valueMinor);
        payload.put("name", contact.name());
        payload.put("phone", contact.phone());
        payload.put("email", contact.email());
        payload.put("createdAt", now.toString());
        return Panache.getSession().chain(session -> Outbox.add(session, lead.tenantId, LEAD_CREATED,
                JsonText.write(payload), now));
    }

    private Uni<ContactView> contactOf(Intake in, BusinessView business) {
        if (in.contactId() != null) {
            return contacts.get(in.contactId());
        }
        boolean typedPhone = in.phone() != null && !in.phone().isBlank();
        Optional<String> phone = contacts.phoneInE164(in.phone(), business.country());
        if (typedPhone && phone.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalidKeyed("phone", "error.phone", java.util.Map.of()));
        }
        Uni<ContactView> contact;
        if (phone.isPresent()) {
            contact = contacts.findOrCreateByPhone(phone.get(), in.email(), in.name());
        } else if (in.email() != null && !in.email().isBlank()) {
            contact = contacts.findOrCreateByEmail(in.email(), in.name());
        } else {
            return Uni.createFrom().failure(ProblemException.invalid("phone", Text.of("field.phoneNumberEmailRequired")));
        }
        return Boolean.TRUE.equals(in.consent()) ? contact.call(this::consent) : contact;
    }

    private Uni<Void> consent(ContactView contact) {
        return Multi.createFrom().iterable(CONSENT_CHANNELS)
                .onItem().transformToUniAndConcatenate(channel -> contacts.grantConsent(contact.id(), channel, "lead"))
                .collect().last().replaceWithVoid();
    }
}
