package com.verticallight.crm;

import com.verticallight.i18n.Text;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.verticallight.business.BusinessDirectory;
import com.verticallight.business.BusinessDirectory.FormOwner;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.webhook.InboundEvent;
import com.verticallight.channel.webhook.WebhookInbox;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Map;

/**
 * A lead from a business's website form: the contact is found or created (with consent when the visitor
 * gave it), and a "form.lead" event is stored with the submission for lead handling.
 */
@ApplicationScoped
public class LeadFormService {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<ChannelKind> CONSENT_CHANNELS = List.of(ChannelKind.WHATSAPP, ChannelKind.SMS_TWILIO,
            ChannelKind.EMAIL_SENDGRID);

    @Inject
    BusinessDirectory directory;

    @Inject
    LeadFormLimiter limiter;

    @Inject
    ContactService contacts;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    WebhookInbox inbox;

    public record Accepted(UUID contactId, String allowedOrigin) {
    }

    /** The form's owner (404 for an unknown key). */
    public Uni<FormOwner> owner(String formKey) {
        return directory.byLeadFormKey(formKey).onItem().ifNull().failWith(() -> ProblemException.notFound("Form"));
    }

    public Uni<Accepted> submit(String formKey, LeadSubmission lead, String submissionId) {
        return owner(formKey).invoke(() -> requirePlainText(lead)).chain(owner -> limiter.hit(formKey).chain(wait -> {
            if (wait > 0) {
                throw ProblemException.tooManyRequests(
                        Text.of("crm.formPaused", Map.of("seconds", wait)), wait);
            }
            Optional<String> phone = phone(lead, owner.country());
            return currentTenant.runAs(owner.tenantId(), () -> Panache.withTransaction(() -> contact(lead, phone)
                    .call(contact -> consent(contact, lead))))
                    .call(contact -> inbox.accept(List.of(new InboundEvent(owner.tenantId(), "FORM",
                            submissionId, "lead", payload(owner, contact, lead)))))
                    .map(contact -> new Accepted(contact.id(), origin(owner.website())));
        }));
    }

    /**
     * A NUL or another control character cannot be stored (PostgreSQL refuses NUL in text) and is never typed by a
     * visitor: the submission is refused here, naming each field, instead of being accepted and lost later. The
     * message may hold line breaks and tabs.
     */
    static void requirePlainText(LeadSubmission lead) {
        List<Problem.FieldError> errors = new java.util.ArrayList<>();
        check(errors, "name", lead.name(), false);
        check(errors, "phone", lead.phone(), false);
        check(errors, "email", lead.email(), false);
        check(errors, "message", lead.message(), true);
        check(errors, "page", lead.page(), false);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void check(List<Problem.FieldError> errors, String field, String value, boolean multiLine) {
        if (value != null && value.chars().anyMatch(c -> Character.isISOControl(c)
                && !(multiLine && (c == '\n' || c == '\r' || c == '\t')))) {
            errors.add(Problem.FieldError.of(field, Text.of("crm.notContainNULOtherControl")));
        }
    }

    private Uni<ContactView> contact(LeadSubmission lead, Optional<String> phone) {
        return phone.isPresent() ? contacts.findOrCreateByPhone(phone.get(), lead.name().trim())
                : contacts.findOrCreateByEmail(lead.email(), lead.name().trim());
    }

    private Uni<Void> consent(ContactView contact, LeadSubmission lead) {
        if (!Boolean.TRUE.equals(lead.consent())) {
            return Uni.createFrom().voidItem();
        }
        return io.smallrye.mutiny.Multi.createFrom().iterable(CONSENT_CHANNELS)
                .onItem().transformToUniAndConcatenate(channel -> contacts.grantConsent(contact.id(), channel, "lead form"))
                .collect().last().replaceWithVoid();
    }

    private static Optional<String> phone(LeadSubmission lead, String country) {
        boolean hasPhone = lead.phone() != null && !lead.phone().isBlank();
        boolean hasEmail = lead.email() != null && !lead.email().isBlank();
        if (!hasPhone && !hasEmail) {
            throw ProblemException.invalid("phone", Text.of("field.phoneNumberEmailRequired"));
        }
        if (!hasPhone) {
            return Optional.empty();
        }
        return Optional.of(PhoneNumbers.toE164(lead.phone(), country == null ? PhoneNumbers.FALLBACK_REGION : country)
                .orElseThrow(() -> ProblemException.invalidKeyed("phone", "error.phone", java.util.Map.of())));
    }

    private static String payload(FormOwner owner, ContactView contact, LeadSubmission lead) {
        ObjectNode node = JSON.createObjectNode();
        node.put("businessId", owner.businessId().toString());
        node.put("contactId", contact.id().toString());
        node.put("name", lead.name());
        node.put("message", lead.message());
        node.put("page", lead.page());
        node.put("consent", Boolean.TRUE.equals(lead.consent()));
        return node.toString();
    }

    /** "https://glow.example/contact" allows the origin "https://glow.example". */
    static String origin(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(website.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
