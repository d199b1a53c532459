package com.verticallight.billing;

import com.verticallight.i18n.Text;
import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.billing.BillingViews.BillingView;
import com.verticallight.billing.BillingViews.TaxDetails;
import com.verticallight.channel.connector.razorpay.RazorpayRequests.AddOn;
import com.verticallight.job.JobRequest;
import com.verticallight.job.JobScheduler;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.tenant.Plan;
import com.verticallight.tenant.PlanCode;
import com.verticallight.tenant.TenantViews.PlanView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The owner's plan changes. A change creates a Razorpay subscription and answers its hosted checkout; nothing changes
 * the limits until Razorpay's signed webhook says it was paid ({@link BillingEvents}). Razorpay is called outside the
 * transactions; what it answered is written in a new one.
 */
@ApplicationScoped
public class BillingService {

    static final Set<BillingState> PAYING = EnumSet.of(BillingState.ACTIVE, BillingState.PAST_DUE, BillingState.HALTED);
    private static final Logger LOG = Logger.getLogger(BillingService.class);

    @Inject
    BillingAccounts accounts;

    @Inject
    ProductRazorpay razorpay;

    @Inject
    RazorpayPlans razorpayPlans;

    @Inject
    BillingConfig config;

    @Inject
    JobScheduler scheduler;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Clock clock;

    /** What a plan change starts from, read in one short transaction. */
    private record Change(Plan target, Plan current, BillingState state, Instant currentStart, Instant currentEnd,
            String oldPending) {
    }

    public Uni<BillingView> view() {
        UUID tenantId = currentTenant.id();
        return Panache.withSession(() -> accounts.peek(tenantId).chain(account -> view(tenantId, account)));
    }

    public Uni<BillingView> choosePlan(PlanCode code) {
        UUID tenantId = currentTenant.id();
        return Panache.withTransaction(() -> prepare(tenantId, code))
                .chain(change -> razorpayPlans.idFor(tenantId, change.target())
                        .chain(planId -> razorpay.call(tenantId, subscription(tenantId, change, planId)))
                        .call(() -> cancelQuietly(tenantId, change.oldPending(), false))
                        .chain(subscription -> Panache.withTransaction(() -> accounts.lock(tenantId)
                                .invoke(account -> {
                                    account.pendingPlan = change.target().code;
                                    account.pendingSubscriptionId = subscription.path("id").asText();
                                    account.checkoutUrl = text(subscription, "short_url");
                                    account.mode = razorpay.mode();
                                    account.updatedAt = clock.instant();
                                })
                                .chain(account -> view(tenantId, account)))));
    }

    private Uni<Change> prepare(UUID tenantId, PlanCode code) {
        return accounts.lock(tenantId).chain(account -> accounts.plan(code).chain(target -> {
            if (target == null || target.monthlyPriceMinor <= 0) {
                throw ProblemException.invalid("plan", Text.of("billing.paidPlanBASICPREMIUMENTERPRISE"));
            }
            if (PAYING.contains(account.state) && account.plan == code && account.subscriptionId != null) {
                throw ProblemException.conflict(Text.of("billing.alreadyOnPlan", Map.of("plan", code.name())));
            }
            // a plan the operator set has no subscription: buying one starts at checkout
            PlanCode current = PAYING.contains(account.state) && account.subscriptionId != null ? account.plan : null;
            return (current == null ? Uni.createFrom().<Plan>nullItem() : accounts.plan(current))
                    .map(currentPlan -> new Change(target, currentPlan, account.state, account.currentStart,
                            account.currentEnd, account.pendingSubscriptionId));
        }));
    }

    /**
     * A new subscription. From a trial or the free plan it starts at checkout. During a paid period it starts when
     * that period ends; an upgrade's prorated difference is an add-on charged at checkout (see {@link Proration}).
     */
    private com.verticallight.channel.connector.PlatformRequest subscription(UUID tenantId, Change change,
            String planId) {
        Map<String, String> notes = Map.of("tenant_id", tenantId.toString(), "plan", change.target().code.name());
        Instant now = clock.instant();
        boolean midPeriod = change.current() != null && change.state() == BillingState.ACTIVE
                && change.currentStart() != null && change.currentEnd() != null && change.currentEnd().isAfter(now);
        if (!midPeriod) {
            return razorpay.requests().subscription(planId, config.totalCount(), notes, null, null);
        }
        long charge = Proration.upgradeCharge(change.current().monthlyPriceMinor, change.target().monthlyPriceMinor,
                change.currentStart(), change.currentEnd(), now);
        AddOn addOn = charge > 0 ? new AddOn("Upgrade to " + change.target().code + " for the rest of the period",
                charge, change.target().currency) : null;
        return razorpay.requests().subscription(planId, config.totalCount(), notes,
                change.currentEnd().getEpochSecond(), addOn);
    }

    /**
     * A pending checkout is dropped at once. A paid subscription stops at the end of the period paid for (its limits
     * stay until then); one whose renewal failed stops now and the account moves to the free plan.
     */
    public Uni<BillingView> cancel() {
        UUID tenantId = currentTenant.id();
        return Panache.withSession(() -> accounts.peek(tenantId)).chain(account -> {
            if (account.pendingSubscriptionId != null && !PAYING.contains(account.state)) {
                return cancelQuietly(tenantId, account.pendingSubscriptionId, false)
                        .chain(() -> write(tenantId, a -> {
                            a.pendingPlan = null;
                            a.pendingSubscriptionId = null;
                            a.checkoutUrl = null;
                            return Uni.createFrom().voidItem();
                        }));
            }
            if (!PAYING.contains(account.state) || account.subscriptionId == null) {
                throw ProblemException.conflict(Text.of(account.state == BillingState.ACTIVE
                        ? "billing.setByOperator" : "billing.noSubscriptionToCancel"));
            }
            boolean atCycleEnd = account.state == BillingState.ACTIVE;
            // a plan change waiting for its checkout goes too: it would start a new subscription after the end
            return razorpay.call(tenantId, razorpay.requests().cancelSubscription(account.subscriptionId, atCycleEnd))
                    .call(() -> cancelQuietly(tenantId, account.pendingSubscriptionId, false))
                    .chain(() -> write(tenantId, a -> {
                        a.pendingPlan = null;
                        a.pendingSubscriptionId = null;
                        a.checkoutUrl = null;
                        return atCycleEnd ? endAtPeriodEnd(a) : endNow(a);
                    }));
        });
    }

    private Uni<Void> endAtPeriodEnd(BillingAccount account) {
        Instant now = clock.instant();
        account.cancelAt = account.currentEnd != null && account.currentEnd.isAfter(now) ? account.currentEnd : now;
        return settleAt(account.tenantId, account.cancelAt);
    }

    private Uni<Void> endNow(BillingAccount account) {
        account.state = BillingState.CANCELLED;
        account.cancelAt = clock.instant();
        return accounts.applyLimits(account.tenantId, PlanCode.FREE);
    }

    /** A job that re-checks the account at that time (grace over, cancellation due) and lowers the limits then. */
    Uni<Void> settleAt(UUID tenantId, Instant at) {
        return scheduler.schedule(new JobRequest(BillingSettleJob.KIND, JsonText.write(Map.of("at", at.toString())), at,
                "billing-settle:" + tenantId + ":" + at.getEpochSecond(), BillingSettleJob.correlation(tenantId), 10))
                .replaceWithVoid();
    }

    public Uni<BillingView> setTaxDetails(TaxDetails details) {
        String gstin = details.gstin() == null || details.gstin().isBlank() ? null : Gstin.normalise(details.gstin());
        if (gstin != null) {
            Gstin.problem(gstin).ifPresent(problem -> {
                throw ProblemException.invalid("gstin", problem);
            });
        }
        String place = details.placeOfSupply();
        if (place != null && !StateCodes.isState(place)) {
            throw ProblemException.invalid("placeOfSupply", Text.of("billing.notIndianGSTStateCode"));
        }
        if (gstin != null && place != null && !gstin.startsWith(place)) {
            throw ProblemException.invalid("placeOfSupply", Text.of("billing.placeOfSupplyOfGstin", Map.of("state", gstin.substring(0, 2))));
        }
        UUID tenantId = currentTenant.id();
        return write(tenantId, account -> {
            account.gstin = gstin;
            account.legalName = details.legalName() == null || details.legalName().isBlank() ? null
                    : details.legalName().trim();
            account.placeOfSupply = gstin != null ? gstin.substring(0, 2) : place;
            return Uni.createFrom().voidItem();
        });
    }

    private Uni<BillingView> write(UUID tenantId, java.util.function.Function<BillingAccount, Uni<Void>> change) {
        return Panache.withTransaction(() -> accounts.lock(tenantId)
                .call(account -> change.apply(account))
                .invoke(account -> account.updatedAt = clock.instant())
                .chain(account -> view(tenantId, account)));
    }

    /** Cancels a subscription at Razorpay; a failure is logged, not raised (the subscription was never paid). */
    Uni<Void> cancelQuietly(UUID tenantId, String subscriptionId, boolean atCycleEnd) {
        if (subscriptionId == null) {
            return Uni.createFrom().voidItem();
        }
        return razorpay.call(tenantId, razorpay.requests().cancelSubscription(subscriptionId, atCycleEnd))
                .replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Could not cancel subscription %s: %s", subscriptionId, failure.getMessage());
                    return null;
                });
    }

    private Uni<BillingView> view(UUID tenantId, BillingAccount account) {
        return accounts.tenant(tenantId).chain(tenant -> accounts.plan(tenant.plan).chain(limits -> Panache.getSession()
                .chain(s -> s.createSelectionQuery("from Plan where monthlyPriceMinor > 0 order by monthlyPriceMinor",
                        Plan.class).getResultList())
                .chain(plans -> (account.plan == null ? Uni.createFrom().<Plan>nullItem() : accounts.plan(account.plan))
                        .map(subscribed -> {
                            boolean charging = account.state == BillingState.ACTIVE && account.cancelAt == null
                                    && account.subscriptionId != null;
                            return new BillingView(shownState(account, tenant), PlanView.of(limits), account.plan,
                                    account.pendingPlan, account.checkoutUrl, razorpay.mode(),
                                    razorpay.live() && account.checkoutUrl != null,
                                    tenant.plan == PlanCode.TRIAL ? accounts.trialEnd(tenant) : null,
                                    account.currentEnd, charging ? account.currentEnd : null,
                                    charging && subscribed != null ? subscribed.monthlyPriceMinor : null,
                                    subscribed == null ? limits.currency : subscribed.currency, account.graceEndsAt,
                                    account.cancelAt, account.gstin, account.legalName, account.placeOfSupply,
                                    plans.stream().map(PlanView::of).toList(), note(account));
                        }))));
    }

    /** An account row written during the trial still says TRIALING once the trial is over: it is FREE then. */
    private BillingState shownState(BillingAccount account, com.verticallight.tenant.Tenant tenant) {
        boolean trialOver = tenant.plan == PlanCode.TRIAL && !clock.instant().isBefore(accounts.trialEnd(tenant));
        return account.state == BillingState.TRIALING && trialOver ? BillingState.FREE : account.state;
    }

    private String note(BillingAccount account) {
        if (!razorpay.live()) {
            return "Billing is in sandbox: no Razorpay key is configured, so requests are recorded as \"would have "
                    + "been sent\" and no checkout is available.";
        }
        if (account.state == BillingState.PAST_DUE || account.state == BillingState.HALTED) {
            return "The last renewal failed. Razorpay retries it; without a payment the account moves to the free "
                    + "plan's limits when the grace period ends. Nothing is deleted.";
        }
        return null;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
