package com.verticallight.payment;

import com.verticallight.appointment.LocalTimes;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.webhook.InboundListener;
import com.verticallight.channel.webhook.InboundMessage;
import com.verticallight.execution.HandOff;
import com.verticallight.execution.ManualTaskService;
import com.verticallight.execution.Priority;
import com.verticallight.i18n.Money;
import com.verticallight.i18n.Phrase;
import com.verticallight.i18n.Words;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * A customer with an open payment request who replies "paid", "done", "ho gaya" or a plain "yes"/"haan" is answering
 * the payment reminder: the owner gets one task (per request) to check the money arrived and mark it paid. The
 * reply is consumed here, so it does not also become a new lead. Runs after the appointment replies: a "yes" that
 * confirmed an appointment is that flow's.
 */
@ApplicationScoped
public class PaymentReplyListener implements InboundListener {

    static final String GUIDANCE = "check-customer-payment";

    @Inject
    ConnectionService connections;

    @Inject
    PaymentRequestRepository payments;

    @Inject
    ManualTaskService tasks;

    @Override
    public int order() {
        return REPLY_FLOWS + 10;
    }

    @Override
    public Uni<Boolean> received(InboundMessage message) {
        if (message.consumed() || message.optedOut() || message.contactId() == null
                || !PaymentReplyWords.isPaymentReply(message.text())) {
            return Uni.createFrom().item(false);
        }
        return connections.resolve(List.of(message.connectionId())).chain(found -> {
            var connection = found.get(message.connectionId());
            if (connection == null) {
                return Uni.createFrom().item(false);
            }
            return Panache.withTransaction(() -> payments.list("businessId = :b and contactId = :c and status = :open",
                    Map.of("b", connection.businessId(), "c", message.contactId(), "open", PaymentStatus.OPEN), "dueDate")
                    .chain(open -> open.isEmpty() ? Uni.createFrom().item(false)
                            : tasks.handOff(connection.businessId(), handOff(open.get(0), message)).replaceWith(true)));
        });
    }

    private static HandOff handOff(PaymentRequest payment, InboundMessage message) {
        Money amount = new Money(payment.amountMinor, payment.currency);
        String who = message.name() == null || message.name().isBlank() ? message.from() : message.name().trim();
        String reply = message.text().strip();
        return new HandOff(GUIDANCE, null, null, Priority.MEDIUM, null, PaymentService.correlation(payment.id))
                .withWords(Words.of(
                        "title", Phrase.of("payment.check.title", "who", who, "amount", amount),
                        "reason", Phrase.of("payment.check.reason", "who", who, "reply", reply,
                                "description", payment.description == null ? "" : payment.description,
                                "amount", amount, "day", payment.dueDate),
                        "trigger", Phrase.of("payment.check.trigger", "reply", reply,
                                "channel", message.channel().displayName(), "from", message.from())));
    }
}
