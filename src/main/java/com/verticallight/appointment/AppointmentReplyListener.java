package com.verticallight.appointment;

import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.webhook.InboundListener;
import com.verticallight.channel.webhook.InboundMessage;
import com.verticallight.execution.LedgerRecord;
import com.verticallight.execution.LedgerService;
import com.verticallight.execution.Outcome;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A customer's "yes"/"haan" or "cancel"/"रद्द" confirms or cancels their next upcoming appointment at the
 * business the message reached. The change, its cause (the reply and its message id) and a ledger entry are
 * written in one transaction; a message delivered again changes nothing. Such a reply is consumed here: it does not
 * also become a new lead.
 */
@ApplicationScoped
public class AppointmentReplyListener implements InboundListener {

    static final String TASK_TYPE = "appointment_reply";

    @Inject
    AppointmentService appointments;

    @Inject
    ConnectionService connections;

    @Inject
    LedgerService ledger;

    @Inject
    Clock clock;

    /** True when the reply was about the contact's upcoming appointment (changed now, before, or already so). */
    @Override
    public Uni<Boolean> received(InboundMessage message) {
        var intent = ReplyWords.intentOf(message.text());
        if (intent.isEmpty() || message.contactId() == null) {
            return Uni.createFrom().item(false);
        }
        Instant started = clock.instant();
        return connections.resolve(List.of(message.connectionId())).chain(found -> {
            var connection = found.get(message.connectionId());
            if (connection == null) {
                return Uni.createFrom().item(false);
            }
            return Panache.withTransaction(() -> appointments.applyReply(connection.businessId(), message.contactId(),
                    intent.get(), message.text(), message.messageId())
                    .call(result -> result.changed() == null ? Uni.createFrom().voidItem()
                            : ledger.record(new LedgerRecord(result.changed().businessId, TASK_TYPE, true, false,
                                    Outcome.DONE, null, null, started, clock.instant(), null,
                                    "appointment:" + result.changed().id + " " + result.changed().status)))
                    .map(AppointmentService.ReplyResult::forAppointment));
        });
    }
}
