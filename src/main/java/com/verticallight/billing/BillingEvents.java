package com.verticallight.billing;

import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.billing.InvoiceIssuer.Payment;
import com.verticallight.job.JobRequest;
import com.verticallight.job.JobScheduler;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.outbox.OutboxEvent;
import com.verticallight.platform.outbox.OutboxTopicListener;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.tenant.PlanCode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Razorpay's subscription webhooks, handed on by the outbox once each (stored by event id), drive the account's state
 * and its limits. Handling is idempotent, so a replayed event changes nothing twice: states are set, not toggled, an
 * invoice exists once per payment, and jobs are keyed.
 */
@ApplicationScoped
public class BillingEvents implements OutboxTopicListener {

    public static final String SOURCE = "razorpay";
    private static final Logger LOG = Logger.getLogger(BillingEvents.class);
    private static final Set<String> PAID = Set.of("subscription.authenticated", "subscription.activated",
            "subscription.charged", "subscription.resumed");
    private static final Set<String> FAILED = Set.of("subscription.pending", "payment.failed");
    private static final Set<String> ENDED = Set.of("subscription.cancelled", "subscription.completed",
            "subscription.expired");

    @Inject
    BillingAccounts accounts;

    @Inject
    InvoiceIssuer invoices;

    @Inject
    BillingService billing;

    @Inject
    BillingConfig config;

    @Inject
    JobScheduler scheduler;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Clock clock;

    @Override
    public Set<String> topics() {
        return Set.of("razorpay.subscription.authenticated", "razorpay.subscription.activated",
                "razorpay.subscription.charged", "razorpay.subscription.resumed", "razorpay.subscription.pending",
                "razorpay.subscription.halted", "razorpay.subscription.cancelled", "razorpay.subscription.completed",
                "razorpay.subscription.expired", "razorpay.payment.captured", "razorpay.payment.failed");
    }

    /** The subscription an event is about: its own entity, or the payment's subscription. */
    public static String subscriptionId(JsonNode event) {
        JsonNode payload = event.path("payload");
        String id = BillingService.text(payload.path("subscription").path("entity"), "id");
        return id != null ? id : BillingService.text(payload.path("payment").path("entity"), "subscription_id");
    }

    @Override
    public Uni<Void> handle(OutboxEvent outboxEvent) {
        if (outboxEvent.tenantId() == null) {
            LOG.infof("Razorpay event %s matches no account; kept, not processed", outboxEvent.id());
            return Uni.createFrom().voidItem();
        }
        JsonNode event = JsonText.tree(outboxEvent.payload());
        UUID tenantId = outboxEvent.tenantId();
        return currentTenant.runAs(tenantId, () -> Panache.withTransaction(() -> apply(tenantId, event)))
                .chain(replaced -> billing.cancelQuietly(tenantId, replaced, true));
    }

    /** Returns the id of a subscription the event's one replaced (to be stopped at its period's end), or null. */
    Uni<String> apply(UUID tenantId, JsonNode event) {
        String name = event.path("event").asText();
        String subscriptionId = subscriptionId(event);
        Instant now = clock.instant();
        return accounts.lock(tenantId).chain(account -> {
            String replaced = null;
            if (subscriptionId != null && subscriptionId.equals(account.pendingSubscriptionId) && PAID.contains(name)) {
                replaced = account.subscriptionId;
                promote(account);
            }
            if (subscriptionId == null || !subscriptionId.equals(account.subscriptionId)) {
                LOG.infof("Razorpay event %s for %s is not about the account's subscription; ignored", name,
                        subscriptionId);
                return Uni.createFrom().item(replaced);
            }
            account.updatedAt = now;
            period(account, event.path("payload").path("subscription").path("entity"));
            String result = replaced;
            return transition(account, name, now).call(() -> invoice(account, event, now)).map(ignored -> result);
        });
    }

    private static void promote(BillingAccount account) {
        account.plan = account.pendingPlan;
        account.subscriptionId = account.pendingSubscriptionId;
        account.pendingPlan = null;
        account.pendingSubscriptionId = null;
        account.checkoutUrl = null;
        account.cancelAt = null;
    }

    private Uni<Void> transition(BillingAccount account, String name, Instant now) {
        if (PAID.contains(name)) {
            account.state = BillingState.ACTIVE;
            account.graceEndsAt = null;
            return scheduler.cancelAll(BillingSettleJob.correlation(account.tenantId))
                    .chain(() -> accounts.applyLimits(account.tenantId, account.plan));
        }
        if (FAILED.contains(name) || "subscription.halted".equals(name)) {
            account.state = "subscription.halted".equals(name) ? BillingState.HALTED : BillingState.PAST_DUE;
            return account.graceEndsAt != null ? Uni.createFrom().voidItem() : startGrace(account, now);
        }
        if (ENDED.contains(name)) {
            account.state = BillingState.CANCELLED;
            Instant end = account.currentEnd != null && account.currentEnd.isAfter(now) ? account.currentEnd : now;
            account.cancelAt = end;
            return end.isAfter(now) ? billing.settleAt(account.tenantId, end)
                    : accounts.applyLimits(account.tenantId, PlanCode.FREE);
        }
        return Uni.createFrom().voidItem(); // payment.captured: only its invoice
    }

    /** The paid limits stay until the grace period ends; the owner is reminded meanwhile. */
    private Uni<Void> startGrace(BillingAccount account, Instant now) {
        account.graceEndsAt = now.plus(config.grace());
        String base = "billing-reminder:" + account.tenantId + ":" + now.getEpochSecond() + ":";
        return Multi.createFrom().iterable(config.reminders())
                .filter(offset -> offset.compareTo(config.grace()) < 0)
                .onItem().transformToUniAndConcatenate(offset -> scheduler.schedule(new JobRequest(
                        BillingReminderJob.KIND, JsonText.write(Map.of("graceEndsAt", account.graceEndsAt.toString())),
                        now.plus(offset), base + offset.toSeconds(), BillingSettleJob.correlation(account.tenantId), 5)))
                .collect().last()
                .chain(() -> billing.settleAt(account.tenantId, account.graceEndsAt));
    }

    private Uni<Void> invoice(BillingAccount account, JsonNode event, Instant now) {
        JsonNode payment = event.path("payload").path("payment").path("entity");
        String paymentId = BillingService.text(payment, "id");
        long amount = payment.path("amount").asLong(0);
        if (paymentId == null || amount <= 0 || !"captured".equals(payment.path("status").asText())
                && !"subscription.charged".equals(event.path("event").asText())) {
            return Uni.createFrom().voidItem();
        }
        String plan = account.plan == null ? "" : account.plan.name();
        return accounts.tenant(account.tenantId).chain(tenant -> invoices.issue(account, tenant,
                new Payment(paymentId, amount, payment.path("currency").asText("INR"),
                        "Vertical Light OS " + plan + " plan subscription", plan), now))
                .replaceWithVoid();
    }

    /** Razorpay gives the paid period as seconds since the epoch. */
    private static void period(BillingAccount account, JsonNode subscription) {
        if (subscription.path("current_start").canConvertToLong() && subscription.path("current_start").asLong() > 0) {
            account.currentStart = Instant.ofEpochSecond(subscription.path("current_start").asLong());
        }
        if (subscription.path("current_end").canConvertToLong() && subscription.path("current_end").asLong() > 0) {
            account.currentEnd = Instant.ofEpochSecond(subscription.path("current_end").asLong());
        }
    }

}
