package com.verticallight.lead;

import com.verticallight.crm.ContactCard;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.gateway.DeliveryStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the lead API speaks. */
public final class LeadViews {

    private LeadViews() {
    }

    @Schema(name = "LeadRequest", description = "A lead taken by the business or sent by another system; a phone or an email is required")
    public record LeadRequest(
            @Size(max = 200) String name,
            @Schema(description = "E.164, or a local number of the business's country") @Size(max = 40) String phone,
            @Email @Size(max = 320) String email,
            @Size(max = 2000) String message,
            @Schema(description = "What the lead may be worth, in minor units of the business's currency (a value hint for the rules)")
            @PositiveOrZero Long valueMinor,
            @Schema(description = "The person agreed to be contacted on WhatsApp, SMS and email") Boolean consent) {
    }

    @Schema(name = "LeadStatusChange")
    public record StatusChange(@NotNull LeadStatus status, @Size(max = 500) String note) {
    }

    @Schema(name = "LeadContact")
    public record ContactRef(UUID id, String name, String phone, String email) {
    }

    @Schema(name = "LeadSummary")
    public record LeadSummary(UUID id, UUID businessId, UUID contactId,
            @Schema(description = "The contact's name, if known") String contactName,
            @Schema(description = "The contact's phone in E.164, if known") String contactPhone,
            LeadSource source, LeadStatus status,
            LeadPriority priority, List<String> labels, String message, Instant createdAt, Instant updatedAt) {

        static LeadSummary of(Lead l, ContactCard contact) {
            return new LeadSummary(l.id, l.businessId, l.contactId, contact == null ? null : contact.name(),
                    contact == null ? null : contact.phone(), l.source, l.status, l.priority, l.labels,
                    l.message, l.createdAt, l.updatedAt);
        }
    }

    @Schema(name = "LeadEvent", description = "Something that happened to the lead; status changes have from and to")
    public record EventView(LeadStatus fromStatus, LeadStatus toStatus, String cause, UUID deliveryId, Instant at) {

        static EventView of(LeadEvent e) {
            return new EventView(e.fromStatus, e.toStatus, e.cause, e.deliveryId, e.createdAt);
        }
    }

    @Schema(name = "PendingFollowUp")
    public record PendingFollowUp(UUID jobId, int step, Instant runAt, ChannelKind channel, String templateName) {
    }

    @Schema(name = "Lead", example = """
            {"id": "5d1e2f3a-8b7c-4d6e-9f01-23456789abcd", "businessId": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             "contact": {"id": "0b6f3c2e-6a51-4d0e-9a3e-2f1c7d9b8e41", "name": "Priya Sharma",
                         "phone": "+919812345678", "email": null},
             "source": "FORM", "status": "CONTACTED", "priority": "HIGH", "labels": ["bridal"],
             "matchedRules": [{"label": "bridal", "priority": "HIGH", "reason": "The message mentions a wedding"}],
             "message": "Do you do bridal makeup on 14 Feb?", "valueMinor": 1500000, "replyChannel": "WHATSAPP",
             "createdAt": "2026-12-06T08:40:12Z", "updatedAt": "2026-12-06T08:40:15Z",
             "history": [{"fromStatus": null, "toStatus": "NEW", "cause": "Received from the website form",
                          "deliveryId": null, "at": "2026-12-06T08:40:12Z"},
                         {"fromStatus": "NEW", "toStatus": "CONTACTED", "cause": "First reply sent",
                          "deliveryId": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d", "at": "2026-12-06T08:40:15Z"}],
             "pendingFollowUps": [{"jobId": "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b", "step": 1,
                                   "runAt": "2026-12-07T08:40:12Z", "channel": "WHATSAPP",
                                   "templateName": "lead_follow_up_1"}]}
            """)
    public record LeadDetail(UUID id, UUID businessId, ContactRef contact, LeadSource source, LeadStatus status,
            LeadPriority priority, List<String> labels,
            @Schema(description = "The rules that matched and why") List<RuleMatch> matchedRules,
            String message, Long valueMinor,
            @Schema(description = "The channel the first reply went on") String replyChannel,
            Instant createdAt, Instant updatedAt,
            @Schema(description = "Oldest first") List<EventView> history,
            List<PendingFollowUp> pendingFollowUps) {
    }

    @Schema(name = "LeadRules")
    public record RulesView(List<LeadRule> rules,
            @Schema(description = "True while the business uses the default rules") boolean defaults) {
    }

    @Schema(name = "LeadRulesRequest")
    public record RulesRequest(@NotNull @Size(max = 50) List<@Valid @NotNull LeadRule> rules) {
    }

    @Schema(name = "FollowUpSequence")
    public record FollowUpsView(List<FollowUpStep> steps,
            @Schema(description = "True while the business uses the default sequence") boolean defaults) {
    }

    @Schema(name = "FollowUpSequenceRequest")
    public record FollowUpsRequest(@NotNull @Size(max = 10) List<@Valid @NotNull FollowUpStep> steps) {
    }

    @Schema(name = "ConversationMessage")
    public record ConversationItem(
            @Schema(description = "IN from the contact, OUT to the contact") String direction,
            ChannelKind channel, String text, Instant at,
            @Schema(description = "Outbound only") DeliveryStatus status,
            @Schema(description = "Outbound only") UUID deliveryId,
            @Schema(description = "Outbound only: why it was refused or failed") String error) {
    }

    @Schema(name = "Conversation")
    public record ConversationView(ContactRef contact, @Schema(description = "Oldest first") List<ConversationItem> messages) {
    }

    @Schema(name = "ManualMessage")
    public record ManualMessage(@NotBlank @Size(max = 4096) String text, @NotNull ChannelKind channel) {
    }

    @Schema(name = "ManualMessageResult")
    public record ManualResult(UUID deliveryId, ChannelKind channel, DeliveryStatus status, String reason,
            String message) {
    }

    /** A follow-up job's payload: the step as it was when the lead arrived. */
    public record FollowUpPayload(UUID leadId, int step, FollowUpStep followUp) {
    }
}
