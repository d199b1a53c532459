package com.verticallight.referral;

import com.verticallight.job.JobHandler;
import com.verticallight.job.RunningJob;
import com.verticallight.platform.json.JsonText;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sends the thank-you with the Google review link when a sale's delay is over, through the gateway under the job's
 * key (sent once even if the job runs again); quiet hours defer it in the gateway. The outcome is kept on the sale.
 * A customer asked within the cooldown for another sale is not asked again (RECENTLY_ASKED).
 */
@ApplicationScoped
public class ReviewRequestJob implements JobHandler {

    @Inject
    SaleRepository sales;

    @Inject
    Outreach outreach;

    @Inject
    SaleService saleService;

    @Inject
    java.time.Clock clock;

    @Override
    public String kind() {
        return SaleService.REVIEW_REQUEST_KIND;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        SaleService.RequestPayload payload = JsonText.read(job.payload(), SaleService.RequestPayload.class);
        return Panache.withSession(() -> sales.findById(payload.saleId())).chain(sale -> sale == null
                ? Uni.createFrom().voidItem()
                : outreach.load(sale.businessId, sale.contactId).chain(target -> Panache.withSession(
                                () -> saleService.recentlyAsked(sale, target.setting(), false))
                        .chain(recently -> recently
                                ? Uni.createFrom().item(new Outreach.Sent(SaleService.RECENTLY_ASKED, null))
                                : send(target, job.idempotencyKey())))
                        .chain(sent -> Panache.withTransaction(() -> record(payload.saleId(), sent))));
    }

    private Uni<Void> record(java.util.UUID saleId, Outreach.Sent sent) {
        return sales.findById(saleId).chain(fresh -> {
            fresh.reviewRequestStatus = sent.status();
            fresh.reviewRequestDeliveryId = sent.deliveryId();
            boolean asked = sent.deliveryId() != null && !"FAILED".equals(sent.status())
                    && !"REFUSED".equals(sent.status());
            fresh.reviewRequestedAt = asked ? clock.instant() : null;
            return sales.flush(fresh);
        }).replaceWithVoid();
    }

    private Uni<Outreach.Sent> send(Outreach.Target target, String key) {
        String link = target.setting().reviewLink();
        if (link == null) {
            return Uni.createFrom().item(new Outreach.Sent("NO_REVIEW_LINK", null));
        }
        return outreach.send(target, key, SaleService.REVIEW_REQUEST_TASK, false,
                (connection, t) -> CustomerMessages.reviewRequest(connection.kind(), t.contact().phone(),
                        t.contact().name(), t.business().name(),
                        com.verticallight.appointment.ReminderTexts.customerLanguage(t.contact().language(),
                                t.business().language()).toLanguageTag(), link));
    }
}
