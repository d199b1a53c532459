package com.verticallight.billing;

import com.verticallight.business.BusinessService;
import com.verticallight.business.BusinessView;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.OutboundAction.ActionType;
import com.verticallight.channel.gateway.ChannelGateway;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.execution.HandOff;
import com.verticallight.execution.ManualTaskService;
import com.verticallight.execution.Priority;
import com.verticallight.job.JobHandler;
import com.verticallight.job.RunningJob;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Reminds the owner that a renewal failed while the grace period runs: a task in the app (with what to do) and an
 * email to each owner through the business's email connection (through the gateway: in sandbox it is recorded as
 * "would have been sent", never sent twice for one reminder). Nothing is sent once the account is paid again.
 */
@ApplicationScoped
public class BillingReminderJob implements JobHandler {

    public static final String KIND = "billing.reminder";
    static final String GUIDANCE = "billing-payment-failed";

    @Inject
    BillingAccounts accounts;

    @Inject
    BusinessService businesses;

    @Inject
    ConnectionService connections;

    @Inject
    ChannelGateway gateway;

    @Inject
    ManualTaskService tasks;

    @Override
    public String kind() {
        return KIND;
    }

    private record Unpaid(BillingAccount account, List<String> owners, Optional<BusinessView> business) {
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        return Panache.withSession(() -> accounts.peek(job.tenantId()).chain(account -> {
            if (account.state != BillingState.PAST_DUE && account.state != BillingState.HALTED) {
                return Uni.createFrom().<Unpaid>nullItem();
            }
            return owners(job).chain(owners -> businesses.list()
                    .map(all -> new Unpaid(account, owners, all.stream().findFirst())));
        })).chain(unpaid -> unpaid == null || unpaid.business().isEmpty() ? Uni.createFrom().voidItem()
                : remind(job, unpaid, unpaid.business().get()));
    }

    private Uni<Void> remind(RunningJob job, Unpaid unpaid, BusinessView business) {
        String text = message(unpaid.account());
        return tasks.handOff(business.id(), new HandOff(GUIDANCE, "Your Vertical Light payment failed", text,
                        Priority.HIGH, text, "billing:" + job.tenantId()))
                .chain(() -> connections.forBusiness(business.id()))
                .chain(all -> email(all).map(connection -> gateway.executeUnchecked(unpaid.owners().stream()
                                .map(owner -> new ActionCommand(connection.id(), job.idempotencyKey() + ":" + owner,
                                        email(owner, text), false, true, null)).toList()).replaceWithVoid())
                        .orElse(Uni.createFrom().voidItem()));
    }

    private static Optional<ResolvedConnection> email(List<ResolvedConnection> all) {
        return all.stream().filter(c -> c.kind() == ChannelKind.EMAIL_SENDGRID).findFirst();
    }

    private static OutboundAction email(String to, String text) {
        return new OutboundAction(ActionType.EMAIL, to, null, text, null, "Your Vertical Light payment failed", null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    static String message(BillingAccount account) {
        return "The renewal of your Vertical Light " + account.plan + " plan failed. Razorpay will try again; please "
                + "check your card or UPI autopay, or pay again from the Billing page. If it is not paid by "
                + account.graceEndsAt + " (UTC), your account moves to the free plan's limits. Nothing is deleted.";
    }

    private static Uni<List<String>> owners(RunningJob job) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "select email from app_user where tenant_id = :tenant and role = 'OWNER' and status = 'ACTIVE'",
                String.class).setParameter("tenant", job.tenantId()).getResultList());
    }
}
