package com.verticallight.billing;

import com.verticallight.business.BusinessService;
import com.verticallight.business.BusinessView;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.OutboundAction.ActionType;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.gateway.ChannelGateway;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.execution.HandOff;
import com.verticallight.execution.ManualTaskService;
import com.verticallight.execution.Priority;
import com.verticallight.i18n.Languages;
import com.verticallight.i18n.Phrase;
import com.verticallight.i18n.Words;
import com.verticallight.job.JobHandler;
import com.verticallight.job.RunningJob;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
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

    /** An owner to write to, in their language (null: the account's). */
    private record Owner(String email, String language) {
    }

    private record Unpaid(BillingAccount account, List<Owner> owners, Optional<BusinessView> business) {
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
        Phrase title = Phrase.of("billing.failed.title");
        Phrase text = message(unpaid.account());
        return tasks.handOff(business.id(), new HandOff(GUIDANCE, null, null, Priority.HIGH, null,
                        "billing:" + job.tenantId()).withWords(Words.of("title", title, "reason", text, "trigger", text)))
                .chain(() -> connections.forBusiness(business.id()))
                .chain(all -> email(all).map(connection -> gateway.executeUnchecked(unpaid.owners().stream()
                                .map(owner -> new ActionCommand(connection.id(), job.idempotencyKey() + ":" + owner.email(),
                                        email(owner, title, text), false, true, null)).toList()).replaceWithVoid())
                        .orElse(Uni.createFrom().voidItem()));
    }

    private static Optional<ResolvedConnection> email(List<ResolvedConnection> all) {
        return all.stream().filter(c -> c.kind() == ChannelKind.EMAIL_SENDGRID).findFirst();
    }

    /** The e-mail in the owner's own language. */
    private static OutboundAction email(Owner owner, Phrase title, Phrase text) {
        Locale language = Languages.supported(owner.language()).orElse(Languages.ENGLISH);
        return new OutboundAction(ActionType.EMAIL, owner.email(), null, text.in(language), null, title.in(language),
                null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static Phrase message(BillingAccount account) {
        return Phrase.of("billing.failed.body", "plan", account.plan.name(), "day",
                account.graceEndsAt == null ? LocalDate.now(ZoneOffset.UTC)
                        : LocalDate.ofInstant(account.graceEndsAt, ZoneOffset.UTC));
    }

    private static Uni<List<Owner>> owners(RunningJob job) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "select email, language from app_user where tenant_id = :tenant and role = 'OWNER' and status = 'ACTIVE'",
                Object[].class).setParameter("tenant", job.tenantId()).getResultList())
                .map(rows -> rows.stream().map(row -> new Owner((String) row[0], (String) row[1])).toList());
    }
}
