package com.verticallight.appointment;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.OutboundAction.ActionType;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.gateway.ChannelGateway;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.channel.gateway.JobDeliveries;
import com.verticallight.execution.HandOff;
import com.verticallight.execution.ManualTaskService;
import com.verticallight.execution.Priority;
import com.verticallight.i18n.Phrase;
import com.verticallight.i18n.Words;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends a reminder through the gateway: the approved WhatsApp template when the business has a WhatsApp
 * connection, else the SMS text. The gateway applies the send policy (opt-out, quiet hours), logs the delivery
 * under the given key (never sent twice) and records the ledger task. Without either channel a person gets a
 * manual task instead. Call it outside any session: the gateway opens its own. Meant for jobs: a delivery not yet
 * settled (left SENDING by a crash, or failed transiently while still useful) fails with RunAgainAt.
 */
@ApplicationScoped
public class ReminderMessenger {

    static final String NO_CHANNEL_GUIDANCE = "connect-reminder-channel";
    private static final Logger LOG = Logger.getLogger(ReminderMessenger.class);

    @Inject
    ConnectionService connections;

    @Inject
    ChannelGateway gateway;

    @Inject
    ManualTaskService manualTasks;

    @Inject
    JobDeliveries deliveries;

    /**
     * A reminder for one recipient.
     *
     * @param urgent sent even in quiet hours: waiting for the morning would pass the appointment
     * @param usefulUntil a send failing transiently is retried until then (the appointment's start); null: the
     *        gateway's default window
     */
    public record Reminder(UUID businessId, String to, String language, ReminderMessage message, String key,
            String taskType, String about, boolean urgent, java.time.Instant usefulUntil) {
    }

    public Uni<Void> send(Reminder reminder) {
        return connections.forBusiness(reminder.businessId()).chain(all -> channel(all)
                .map(connection -> gateway.executeForJob(List.of(command(connection, reminder)))
                        .invoke(outcomes -> log(reminder, outcomes.get(0)))
                        .chain(outcomes -> deliveries.settle(outcomes.get(0), reminder.usefulUntil())))
                .orElseGet(() -> handOff(reminder)));
    }

    static Optional<ResolvedConnection> channel(List<ResolvedConnection> all) {
        return all.stream().filter(c -> c.kind() == ChannelKind.WHATSAPP).findFirst()
                .or(() -> all.stream().filter(c -> c.kind() == ChannelKind.SMS_TWILIO).findFirst());
    }

    static ActionCommand command(ResolvedConnection connection, Reminder reminder) {
        ReminderMessage message = reminder.message();
        OutboundAction action = connection.kind() == ChannelKind.WHATSAPP
                ? new OutboundAction(ActionType.TEMPLATE, reminder.to(), null, null, null, null, message.templateName(),
                        LocalTimes.languageCode(reminder.language()), message.parameters(), null, null, null, null,
                        null, null, null, null, null)
                : OutboundAction.text(reminder.to(), message.smsText());
        return new ActionCommand(connection.id(), reminder.key(), action, false, reminder.urgent(), reminder.taskType());
    }

    private Uni<Void> handOff(Reminder reminder) {
        Phrase title = Phrase.of("reminders.noChannel.title");
        Phrase reason = Phrase.of("reminders.noChannel.reason",
                "kind", reminder.taskType(), "text", reminder.message().smsText());
        return manualTasks.handOff(reminder.businessId(), new HandOff(NO_CHANNEL_GUIDANCE, null, null, Priority.HIGH,
                reminder.message().smsText(), "reminders:" + reminder.businessId())
                .withWords(Words.of("title", title, "reason", reason))).replaceWithVoid();
    }

    private static void log(Reminder reminder, ActionOutcome outcome) {
        LOG.debugf("Reminder %s: %s %s", reminder.key(), outcome.status(),
                outcome.errorKind() == null ? "" : outcome.errorKind());
    }
}
