package com.verticallight.channel.gateway;

import com.verticallight.business.BusinessService;
import com.verticallight.business.QuietHours;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.OutboundAction.ActionType;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.crm.ContactService;
import com.verticallight.crm.ContactView;
import com.verticallight.crm.Decision;
import com.verticallight.crm.MessageKind;
import com.verticallight.crm.SendPolicy;
import com.verticallight.crm.SendRequest;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Applies the send policy to every action that messages a person (WhatsApp, SMS, email): opt-outs,
 * consent for marketing, WhatsApp's 24-hour window, the business's quiet hours. Posts are not messages.
 * Runs before the fan-out, one action after the other in one session.
 */
@ApplicationScoped
public class SendGuard {

    @Inject
    ContactService contacts;

    @Inject
    BusinessService businesses;

    @Inject
    Clock clock;

    /** Decisions by action index, for the actions that message a person. */
    public Uni<Map<Integer, Decision>> decide(java.util.List<ActionCommand> commands,
            Map<java.util.UUID, ResolvedConnection> connections) {
        return Panache.withSession(() -> Multi.createFrom().range(0, commands.size())
                .onItem().transformToUniAndConcatenate(i -> decideOne(i, commands.get(i),
                        connections.get(commands.get(i).connectionId())).map(d -> d.map(decision -> Map.entry(i, decision))))
                .filter(Optional::isPresent).map(Optional::get)
                .collect().asList()
                .map(all -> all.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
    }

    private Uni<Optional<Decision>> decideOne(int index, ActionCommand command, ResolvedConnection connection) {
        Optional<MessageKind> kind = messageKind(connection.kind(), command.action().type());
        if (kind.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return recipient(index, connection.kind(), command.action())
                .chain(contact -> contacts.channelStatus(contact.id(), connection.kind()))
                .chain(status -> businesses.get(connection.businessId()).map(business -> SendPolicy.check(
                        new SendRequest(status, kind.get(), command.isMarketing(), command.isUrgent(),
                                ZoneId.of(business.timeZone()),
                                business.quietHours() == null ? QuietHours.DEFAULT : business.quietHours()),
                        clock.instant())))
                .map(Optional::of);
    }

    private Uni<ContactView> recipient(int index, ChannelKind channel, OutboundAction action) {
        String field = "actions[" + index + "].action.to";
        if (action.to() == null || action.to().isBlank()) {
            return Uni.createFrom().failure(ProblemException.invalid(field, "is required for a message"));
        }
        Uni<ContactView> contact = channel == ChannelKind.EMAIL_SENDGRID
                ? contacts.findOrCreateByEmail(action.to(), action.toName())
                : contacts.findOrCreateByPhone(action.to(), action.toName());
        return contact.onFailure(ProblemException.class).transform(e -> ProblemException.invalid(field,
                channel == ChannelKind.EMAIL_SENDGRID ? "must be an email address" : "must be a phone number in E.164 form"));
    }

    static Optional<MessageKind> messageKind(ChannelKind channel, ActionType type) {
        if (channel == ChannelKind.WHATSAPP) {
            return switch (type) {
                case TEXT -> Optional.of(MessageKind.TEXT);
                case MEDIA -> Optional.of(MessageKind.MEDIA);
                case TEMPLATE -> Optional.of(MessageKind.TEMPLATE);
                default -> Optional.empty();
            };
        }
        if (channel == ChannelKind.SMS_TWILIO && type == ActionType.TEXT
                || channel == ChannelKind.EMAIL_SENDGRID && type == ActionType.EMAIL) {
            return Optional.of(MessageKind.TEXT);
        }
        return Optional.empty();
    }
}
