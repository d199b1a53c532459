package com.verticallight.notification;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.OutboundAction.ActionType;
import com.verticallight.channel.gateway.ChannelGateway;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends a notification on a platform through the channel gateway (idempotent by key, logged in the delivery log,
 * retried, sandboxed on a fresh install), on the tenant's connection of that platform; email falls back to SMTP
 * (the Quarkus mailer) when the tenant has no SendGrid connection and SMTP is enabled.
 */
@ApplicationScoped
public class GatewaySends {

    private final ChannelGateway gateway;
    private final CurrentTenant currentTenant;
    private final Pool pool;
    private final ReactiveMailer mailer;
    private final NotificationConfig config;

    public GatewaySends(ChannelGateway gateway, CurrentTenant currentTenant, Pool pool, ReactiveMailer mailer,
            NotificationConfig config) {
        this.gateway = gateway;
        this.currentTenant = currentTenant;
        this.pool = pool;
        this.mailer = mailer;
        this.config = config;
    }

    public Uni<Sent> email(UUID tenantId, String to, String subject, String text, String key) {
        if (to == null || to.isBlank()) {
            return Uni.createFrom().item(Sent.skipped("no email address"));
        }
        return connection(tenantId, ChannelKind.EMAIL_SENDGRID).chain(connectionId -> {
            if (connectionId != null) {
                return send(tenantId, connectionId, key, new OutboundAction(ActionType.EMAIL, to, null, text, null,
                        subject, null, null, null, null, null, null, null, null, null, null, null, null), true);
            }
            if (!config.smtpEnabled()) {
                return Uni.createFrom().item(Sent.skipped("no SendGrid connection and SMTP is not enabled"));
            }
            return mailer.send(Mail.withText(to, subject, text)).replaceWith(new Sent("SENT", "SMTP", null))
                    .onFailure().recoverWithItem(e -> Sent.failed("SMTP: " + e.getMessage()));
        });
    }

    public Uni<Sent> text(UUID tenantId, Channel channel, String phone, String text, String key) {
        if (phone == null) {
            return Uni.createFrom().item(Sent.skipped("no phone number in the preferences"));
        }
        ChannelKind kind = channel == Channel.SMS ? ChannelKind.SMS_TWILIO : ChannelKind.WHATSAPP;
        return viaConnection(tenantId, kind, key, OutboundAction.text(phone, text), true);
    }

    public Uni<Sent> slack(UUID tenantId, String text, String key) {
        return viaConnection(tenantId, ChannelKind.SLACK, key, new OutboundAction(ActionType.NOTIFY, null, null, text,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null), false);
    }

    public Uni<Sent> webhook(UUID tenantId, Map<String, Object> data, String key) {
        return viaConnection(tenantId, ChannelKind.WEBHOOK, key, new OutboundAction(ActionType.EVENT, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, "notification.created", data),
                false);
    }

    private Uni<Sent> viaConnection(UUID tenantId, ChannelKind kind, String key, OutboundAction action, boolean toPerson) {
        return connection(tenantId, kind).chain(connectionId -> connectionId == null
                ? Uni.createFrom().item(Sent.skipped("no " + kind.displayName() + " connection"))
                : send(tenantId, connectionId, key, action, toPerson));
    }

    /**
     * The person's own quiet hours were applied before this point (held messages come here when they end), so the
     * business's quiet hours for customers do not hold them again: urgent for the gateway. Opt-out still applies.
     */
    private Uni<Sent> send(UUID tenantId, UUID connectionId, String key, OutboundAction action, boolean toPerson) {
        ActionCommand command = new ActionCommand(connectionId, key, action, false, toPerson, null);
        return currentTenant.runAs(tenantId, () -> gateway.executeAll(List.of(command)))
                .map(outcomes -> sent(outcomes.get(0)));
    }

    private static Sent sent(ActionOutcome outcome) {
        String status = switch (outcome.status()) {
            case SENT, DELIVERED, READ -> "SENT";
            case SIMULATED -> "SANDBOX";
            case DEFERRED, SENDING -> "DEFERRED";
            case FAILED, UNCERTAIN, REFUSED -> "FAILED";
        };
        String detail = outcome.errorKind() == null ? null
                : outcome.errorKind() + (outcome.message() == null ? "" : ": " + outcome.message());
        return new Sent(status, detail, outcome.deliveryId());
    }

    private Uni<UUID> connection(UUID tenantId, ChannelKind kind) {
        return pool.preparedQuery("select id from channel_connection where tenant_id = $1 and kind = $2"
                + " order by (status = 'OK') desc, created_at limit 1").execute(Tuple.of(tenantId, kind.name()))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getUUID("id"));
    }
}
