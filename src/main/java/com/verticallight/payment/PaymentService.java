package com.verticallight.payment;

import com.verticallight.i18n.Text;
import com.verticallight.platform.outbox.Outbox;
import com.verticallight.appointment.Customers;
import com.verticallight.appointment.ReminderSettings;
import com.verticallight.business.BusinessService;
import com.verticallight.job.Job;
import com.verticallight.job.JobRepository;
import com.verticallight.job.JobRequest;
import com.verticallight.job.JobScheduler;
import com.verticallight.job.JobStatus;
import com.verticallight.payment.PaymentViews.NewPaymentRequest;
import com.verticallight.payment.PaymentViews.PaymentRequestView;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.execution.LedgerRecord;
import com.verticallight.execution.LedgerService;
import com.verticallight.execution.Outcome;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Unpaid amounts and their reminders: all reminder jobs, and the check at the end of the due date that writes
 * payment.overdue, are written with the amount in one transaction; marking it paid or stopping the reminders
 * cancels those still pending.
 */
@ApplicationScoped
public class PaymentService {

    static final String PAYMENT = "Payment request";
    static final int MAX_ATTEMPTS = 3;
    static final int MAX_LIST = 500;

    @Inject
    PaymentRequestRepository payments;

    @Inject
    Customers customers;

    @Inject
    ReminderSettings settings;

    @Inject
    BusinessService businesses;

    @Inject
    JobScheduler scheduler;

    @Inject
    JobRepository jobs;

    @Inject
    Clock clock;

    @Inject
    PaymentLinks links;

    @Inject
    com.verticallight.crm.ContactService contacts;

    @Inject
    LedgerService ledger;

    static String correlation(UUID paymentId) {
        return "payment:" + paymentId;
    }

    /**
     * Enters the amount and schedules its reminders in one transaction. With razorpayLink the link is made first,
     * through the business's Razorpay connection, with the new request's id as its reference.
     */
    public Uni<PaymentRequestView> create(UUID businessId, NewPaymentRequest request) {
        boolean hasLink = request.paymentLink() != null && !request.paymentLink().isBlank();
        if (!request.wantsRazorpayLink() && !hasLink) {
            throw ProblemException.invalid("paymentLink", Text.of("payment.requiredUnlessRazorpayLinkTrue"));
        }
        UUID id = UUID.randomUUID();
        Uni<PaymentLinks.Made> link = !request.wantsRazorpayLink() ? Uni.createFrom().nullItem()
                : Panache.withSession(() -> businesses.get(businessId).chain(business -> customerOf(request)
                        .map(contact -> new PaymentLinks.Ask(businessId, id, request.amountMinor(), request.currency(),
                                request.description().trim(), request.dueDate(), ZoneId.of(business.timeZone()),
                                contact[0], contact[1]))))
                        .chain(links::make);
        return link.chain(made -> Panache.withTransaction(() -> store(id, businessId, request, made)));
    }

    /** The customer's name and phone for the link: from the request, or the contact it names. */
    private Uni<String[]> customerOf(NewPaymentRequest request) {
        if (request.contactId() == null) {
            return Uni.createFrom().item(new String[] {request.name(), request.phone()});
        }
        return contacts.get(request.contactId()).map(c -> new String[] {c.name(), c.phone()});
    }

    private Uni<PaymentRequestView> store(UUID id, UUID businessId, NewPaymentRequest request, PaymentLinks.Made made) {
        return businesses.get(businessId).chain(business -> customers
                .resolve(request.contactId(), request.phone(), request.name())
                .chain(contact -> settings.of(businessId).chain(timing -> {
                    Instant now = clock.instant();
                    List<Instant> times = PaymentSchedule.times(request.dueDate(), timing,
                            ZoneId.of(business.timeZone()), now);
                    PaymentRequest p = new PaymentRequest();
                    p.id = id;
                    p.businessId = businessId;
                    p.contactId = contact.id();
                    p.amountMinor = request.amountMinor();
                    p.currency = request.currency();
                    p.dueDate = request.dueDate();
                    p.paymentLink = made != null ? made.shortUrl() : request.paymentLink().trim();
                    p.razorpayLinkId = made == null ? null : made.linkId();
                    p.paymentLinkMode = made == null ? null : made.mode();
                    p.description = request.description().trim();
                    p.status = PaymentStatus.OPEN;
                    p.remindersPlanned = times.size();
                    p.createdAt = now;
                    return payments.add(p).call(added -> schedule(added, times))
                            .call(added -> scheduler.schedule(PaymentOverdueJob.request(added,
                                    ZoneId.of(business.timeZone()))));
                })))
                .chain(this::view);
    }

    /** A Razorpay link for an open request that has none yet; its reminders still to go out carry the new link. */
    public Uni<PaymentRequestView> createLink(UUID paymentId) {
        return Panache.withSession(() -> payments.getById(paymentId, PAYMENT).chain(p -> {
            if (p.status != PaymentStatus.OPEN) {
                throw ProblemException.conflict(Text.of("payment.already", Map.of("status", p.status.name())));
            }
            if (p.razorpayLinkId != null) {
                throw ProblemException.conflict(Text.of("payment.razorpayLinkWasAlreadyMade"));
            }
            return businesses.get(p.businessId).chain(business -> contacts.get(p.contactId)
                    .map(contact -> new PaymentLinks.Ask(p.businessId, p.id, p.amountMinor, p.currency, p.description,
                            p.dueDate, ZoneId.of(business.timeZone()), contact.name(), contact.phone())));
        })).chain(links::make).chain(made -> Panache.withTransaction(() -> payments.getById(paymentId, PAYMENT)
                .chain(p -> {
                    if (p.razorpayLinkId == null) {
                        p.paymentLink = made.shortUrl();
                        p.razorpayLinkId = made.linkId();
                        p.paymentLinkMode = made.mode();
                    }
                    return payments.flush(p);
                }).chain(this::view)));
    }

    /**
     * Razorpay said the link was paid: the request is PAID (once; a repeated event changes nothing), its reminders
     * stop, and the ledger records the amount collected for ROI and referrals.
     */
    public Uni<Void> paidByLink(String linkId, long amountPaidMinor) {
        return Panache.withTransaction(() -> payments.first("razorpayLinkId = :link", Map.of("link", linkId))
                .chain(p -> {
                    if (p == null || p.status != PaymentStatus.OPEN) {
                        return Uni.createFrom().voidItem();
                    }
                    p.paidVia = "RAZORPAY";
                    return markPaid(p).chain(() -> ledger.record(new LedgerRecord(p.businessId,
                            PaymentReminderJob.TASK_TYPE, true, "SANDBOX".equals(p.paymentLinkMode), Outcome.DONE,
                            null, amountPaidMinor > 0 ? amountPaidMinor : p.amountMinor, p.createdAt, p.closedAt,
                            null, "payment-link:" + linkId))).replaceWithVoid();
                }));
    }

    @WithSession
    public Uni<List<PaymentRequestView>> list(UUID businessId, PaymentStatus status) {
        Map<String, Object> parameters = new HashMap<>(Map.of("business", businessId));
        String where = "businessId = :business";
        if (status != null) {
            where += " and status = :status";
            parameters.put("status", status);
        }
        String query = where;
        return businesses.get(businessId).chain(b -> payments.page(query, parameters, "dueDate, id", 0, MAX_LIST))
                .chain(found -> Multi.createFrom().iterable(found)
                        .onItem().transformToUniAndConcatenate(this::view).collect().asList());
    }

    @WithSession
    public Uni<PaymentRequestView> get(UUID id) {
        return payments.getById(id, PAYMENT).chain(this::view);
    }

    /** PAID or STOPPED: the reminders still pending are cancelled. */
    @WithTransaction
    public Uni<PaymentRequestView> close(UUID id, PaymentStatus to) {
        return payments.getById(id, PAYMENT).chain(p -> {
            if (p.status != PaymentStatus.OPEN) {
                if (p.status == to) {
                    return Uni.createFrom().item(p);
                }
                throw ProblemException.conflict(Text.of("payment.already", Map.of("status", p.status.name())));
            }
            if (to == PaymentStatus.PAID) {
                p.paidVia = "BY_OWNER";
                return markPaid(p);
            }
            p.status = to;
            p.closedAt = clock.instant();
            return payments.flush(p).call(() -> scheduler.cancelAll(correlation(p.id)))
                    .call(() -> scheduler.cancelAll(PaymentOverdueJob.correlation(p.id)));
        }).chain(this::view);
    }

    private Uni<PaymentRequest> markPaid(PaymentRequest p) {
        p.status = PaymentStatus.PAID;
        p.closedAt = clock.instant();
        return payments.flush(p).call(() -> scheduler.cancelAll(correlation(p.id)))
                .call(() -> scheduler.cancelAll(PaymentOverdueJob.correlation(p.id)))
                .call(() -> Outbox.emit(p.tenantId, "payment.paid", Outbox.payload("paymentId", p.id, "businessId",
                        p.businessId, "contactId", p.contactId, "amountMinor", p.amountMinor, "currency", p.currency,
                        "description", p.description, "dueDate", p.dueDate, "paidAt", p.closedAt), p.closedAt));
    }

    private Uni<Void> schedule(PaymentRequest p, List<Instant> times) {
        return Multi.createFrom().range(0, times.size())
                .onItem().transformToUniAndConcatenate(i -> scheduler.schedule(new JobRequest(PaymentReminderJob.KIND,
                        JsonText.write(new PaymentReminderJob.Payload(p.id, i + 1)), times.get(i),
                        correlation(p.id) + ":" + (i + 1), correlation(p.id), MAX_ATTEMPTS)))
                .collect().last().replaceWithVoid();
    }

    private Uni<PaymentRequestView> view(PaymentRequest p) {
        return jobs.list("correlation = :c and status = :pending",
                Map.of("c", correlation(p.id), "pending", JobStatus.PENDING), "runAt")
                .map(found -> new PaymentRequestView(p.id, p.businessId, p.contactId, p.amountMinor, p.currency,
                        p.dueDate, p.paymentLink, p.description, p.status, p.remindersPlanned,
                        found.stream().map((Job job) -> job.runAt).toList(), p.createdAt, p.closedAt,
                        p.razorpayLinkId, p.paymentLinkMode, p.paidVia));
    }
}
