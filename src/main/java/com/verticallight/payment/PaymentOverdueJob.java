package com.verticallight.payment;

import com.verticallight.job.JobHandler;
import com.verticallight.job.JobRequest;
import com.verticallight.job.RunningJob;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * At the end of a payment request's due date (midnight after it, in the business's time zone): if it is still
 * OPEN, it is marked overdue and {@code payment.overdue} is written to the outbox, in one transaction. A request
 * already marked overdue writes nothing, so the check running twice (a retry, a crash after the commit) emits the
 * event once; paying or stopping the request cancels the check.
 */
@ApplicationScoped
public class PaymentOverdueJob implements JobHandler {

    public static final String KIND = "payment.overdue";

    private final PaymentRequestRepository payments;
    private final Clock clock;

    public PaymentOverdueJob(PaymentRequestRepository payments, Clock clock) {
        this.payments = payments;
        this.clock = clock;
    }

    /** What the job carries. */
    public record Payload(UUID paymentId) {
    }

    static String correlation(UUID paymentId) {
        return "payment-overdue:" + paymentId;
    }

    /** The check for a new request: due once its due date has ended in the business's time zone. */
    static JobRequest request(PaymentRequest p, ZoneId zone) {
        Instant dueEnd = p.dueDate.plusDays(1).atStartOfDay(zone).toInstant();
        return new JobRequest(KIND, JsonText.write(new Payload(p.id)), dueEnd, correlation(p.id), correlation(p.id),
                PaymentService.MAX_ATTEMPTS);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        UUID paymentId = JsonText.read(job.payload(), Payload.class).paymentId();
        return Panache.withTransaction(() -> payments.findById(paymentId).chain(p -> {
            if (p == null || p.status != PaymentStatus.OPEN || p.overdueAt != null) {
                return Uni.createFrom().voidItem();
            }
            Instant now = clock.instant();
            p.overdueAt = now;
            return payments.flush(p).call(() -> Outbox.emit(p.tenantId, "payment.overdue", Outbox.payload(
                    "paymentId", p.id, "businessId", p.businessId, "contactId", p.contactId, "amountMinor",
                    p.amountMinor, "currency", p.currency, "description", p.description, "dueDate", p.dueDate,
                    "overdueAt", now), now)).replaceWithVoid();
        }));
    }
}
