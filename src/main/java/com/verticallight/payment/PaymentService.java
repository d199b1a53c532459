package com.verticallight.payment;

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

    static String correlation(UUID paymentId) {
        return "payment:" + paymentId;
    }

    @WithTransaction
    public Uni<PaymentRequestView> create(UUID businessId, NewPaymentRequest request) {
        return businesses.get(businessId).chain(business -> customers
                .resolve(request.contactId(), request.phone(), request.name())
                .chain(contact -> settings.of(businessId).chain(timing -> {
                    Instant now = clock.instant();
                    List<Instant> times = PaymentSchedule.times(request.dueDate(), timing,
                            ZoneId.of(business.timeZone()), now);
                    PaymentRequest p = new PaymentRequest();
                    p.businessId = businessId;
                    p.contactId = contact.id();
                    p.amountMinor = request.amountMinor();
                    p.currency = request.currency();
                    p.dueDate = request.dueDate();
                    p.paymentLink = request.paymentLink().trim();
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
                throw ProblemException.conflict("The payment request is already " + p.status);
            }
            p.status = to;
            p.closedAt = clock.instant();
            return payments.flush(p).call(() -> scheduler.cancelAll(correlation(p.id)))
                    .call(() -> scheduler.cancelAll(PaymentOverdueJob.correlation(p.id)))
                    .call(() -> to != PaymentStatus.PAID ? Uni.createFrom().voidItem() : Outbox.emit(p.tenantId,
                            "payment.paid", Outbox.payload("paymentId", p.id, "businessId", p.businessId, "contactId",
                                    p.contactId, "amountMinor", p.amountMinor, "currency", p.currency, "description",
                                    p.description, "dueDate", p.dueDate, "paidAt", p.closedAt), p.closedAt));
        }).chain(this::view);
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
                        found.stream().map((Job job) -> job.runAt).toList(), p.createdAt, p.closedAt));
    }
}
