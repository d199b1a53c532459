package com.verticallight.payment;

import com.verticallight.i18n.Text;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionMode;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.OutboundAction.ActionType;
import com.verticallight.channel.gateway.ChannelGateway;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Makes a Razorpay payment link through the business's own Razorpay connection (through the gateway: live with
 * retries and the circuit breaker, or the sandbox's recorded answer). The payment request's id is the link's
 * reference_id; the link expires 30 days after the due date. Call outside any transaction.
 */
@ApplicationScoped
public class PaymentLinks {

    static final int DAYS_AFTER_DUE = 30;

    @Inject
    ConnectionService connections;

    @Inject
    ChannelGateway gateway;

    /** A link made: Razorpay's id, its short_url, and the connection's mode. */
    public record Made(String linkId, String shortUrl, String mode) {
    }

    /** What the link is for. */
    public record Ask(UUID businessId, UUID paymentId, long amountMinor, String currency, String description,
            LocalDate dueDate, ZoneId zone, String customerName, String phone) {
    }

    public Uni<Made> make(Ask ask) {
        return connections.forBusiness(ask.businessId()).chain(all -> {
            ResolvedConnection razorpay = all.stream().filter(c -> c.kind() == ChannelKind.RAZORPAY).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("razorpayLink", Text.of("payment.businessHasNoRazorpayConnection")));
            boolean liveReminders = all.stream().anyMatch(c -> (c.kind() == ChannelKind.WHATSAPP
                    || c.kind() == ChannelKind.SMS_TWILIO) && c.mode() == ConnectionMode.LIVE);
            if (razorpay.mode() == ConnectionMode.SANDBOX && liveReminders) {
                throw ProblemException.conflict(Text.of("payment.razorpayConnectionSandboxWhileReminders"));
            }
            return gateway.read(razorpay.id(), action(ask))
                    .map(result -> new Made(result.platformId(), result.body(), razorpay.mode().name()));
        });
    }

    private static OutboundAction action(Ask ask) {
        Map<String, Object> data = new HashMap<>();
        data.put("amount", ask.amountMinor());
        data.put("currency", ask.currency());
        data.put("description", ask.description());
        data.put("referenceId", ask.paymentId().toString());
        data.put("expireBy", ask.dueDate().plusDays(DAYS_AFTER_DUE).atTime(23, 59).atZone(ask.zone()).toEpochSecond());
        data.put("customerName", ask.customerName());
        data.put("contact", ask.phone());
        return new OutboundAction(ActionType.PAYMENT_LINK, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, data);
    }

}
