package com.verticallight.channel.gateway;

import com.verticallight.i18n.Text;
import com.verticallight.business.BusinessService;
import com.verticallight.business.BusinessView;
import com.verticallight.business.QuietHours;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.OutboundAction.ActionType;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.crm.ChannelStatus;
import com.verticallight.crm.ContactService;
import com.verticallight.crm.Decision;
import com.verticallight.crm.MessageKind;
import com.verticallight.crm.SendPolicy;
import com.verticallight.crm.SendRequest;
import com.verticallight.platform.problem.Problem.FieldError;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Applies the send policy to every action that messages a person (WhatsApp, SMS, email): opt-outs,
 * consent for marketing, WhatsApp's 24-hour window, the business's quiet hours. Posts are not messages.
 * A whole batch is checked with a few queries: the recipients' standing per channel, and each business once.
 */
@ApplicationScoped
public class SendGuard {

    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{7,14}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

    @Inject
    ContactService contacts;

    @Inject
    BusinessService businesses;

    @Inject
    Clock clock;

    private record Message(int index, ChannelKind channel, MessageKind kind, String to, ActionCommand command,
            UUID businessId) {
    }

    /** Decisions by action index, for the actions that message a person. */
    public Uni<Map<Integer, Decision>> decide(List<ActionCommand> commands, Map<UUID, ResolvedConnection> connections) {
        List<Message> messages = messages(commands, connections);
        if (messages.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.withSession(() -> standings(messages).chain(standing -> businessesOf(messages)
                .map(business -> decisions(messages, standing, business))));
    }

    private Map<Integer, Decision> decisions(List<Message> messages, Map<ChannelKind, Map<String, ChannelStatus>> standing,
            Map<UUID, BusinessView> business) {
        Instant now = clock.instant();
        Map<Integer, Decision> decisions = new HashMap<>();
        for (Message m : messages) {
            BusinessView b = business.get(m.businessId());
            decisions.put(m.index(), SendPolicy.check(new SendRequest(standing.get(m.channel()).get(m.to()), m.kind(),
                    m.command().isMarketing(), m.command().isUrgent(), ZoneId.of(b.timeZone()),
                    b.quietHours() == null ? QuietHours.DEFAULT : b.quietHours()), now));
        }
        return decisions;
    }

    private Uni<Map<ChannelKind, Map<String, ChannelStatus>>> standings(List<Message> messages) {
        Map<ChannelKind, List<String>> byChannel = new HashMap<>();
        messages.forEach(m -> byChannel.computeIfAbsent(m.channel(), c -> new ArrayList<>()).add(m.to()));
        Map<ChannelKind, Map<String, ChannelStatus>> all = new HashMap<>();
        return Multi.createFrom().iterable(byChannel.entrySet())
                .onItem().transformToUniAndConcatenate(entry -> contacts.statusesOf(entry.getValue(), entry.getKey())
                        .invoke(statuses -> all.put(entry.getKey(), statuses)))
                .collect().last().replaceWith(all);
    }

    private Uni<Map<UUID, BusinessView>> businessesOf(List<Message> messages) {
        Map<UUID, BusinessView> all = new HashMap<>();
        return Multi.createFrom().iterable(messages.stream().map(Message::businessId).distinct().toList())
                .onItem().transformToUniAndConcatenate(id -> businesses.get(id).invoke(b -> all.put(id, b)))
                .collect().last().replaceWith(all);
    }

    private static List<Message> messages(List<ActionCommand> commands, Map<UUID, ResolvedConnection> connections) {
        List<Message> messages = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            ActionCommand command = commands.get(i);
            ResolvedConnection connection = connections.get(command.connectionId());
            Optional<MessageKind> kind = messageKind(connection.kind(), command.action().type());
            if (kind.isEmpty()) {
                continue;
            }
            String to = recipient(connection.kind(), command.action());
            if (to == null) {
                errors.add(FieldError.of("actions[" + i + "].action.to", Text.of(connection.kind() == ChannelKind.EMAIL_SENDGRID
                        ? "field.emailAddress" : "vl.validation.E164")));
                continue;
            }
            messages.add(new Message(i, connection.kind(), kind.get(), to, command, connection.businessId()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return messages;
    }

    private static String recipient(ChannelKind channel, OutboundAction action) {
        String to = action.to() == null ? "" : action.to().trim();
        Pattern valid = channel == ChannelKind.EMAIL_SENDGRID ? EMAIL : E164;
        return valid.matcher(to).matches() ? to : null;
    }

    static Optional<MessageKind> messageKind(ChannelKind channel, ActionType type) {
        if (type == null) {
            return Optional.empty();
        }
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
