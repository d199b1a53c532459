package com.verticallight.referral;

import com.verticallight.job.JobHandler;
import com.verticallight.job.RunningJob;
import com.verticallight.platform.json.JsonText;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sends a customer their referral code through the gateway under the job's key (once per code). A code is an
 * offer, so it is a marketing message: it goes only to customers who consented on the channel.
 */
@ApplicationScoped
public class ReferralSendJob implements JobHandler {

    public static final String TASK_TYPE = "referral_request";

    @Inject
    ReferralCodeRepository codes;

    @Inject
    Outreach outreach;

    @Override
    public String kind() {
        return ReferralCodes.SEND_KIND;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        ReferralCodes.SendPayload payload = JsonText.read(job.payload(), ReferralCodes.SendPayload.class);
        return Panache.withSession(() -> codes.findById(payload.codeId())).chain(code -> code == null
                ? Uni.createFrom().voidItem()
                : outreach.load(code.businessId, code.contactId)
                        .chain(target -> outreach.send(target, job.idempotencyKey(), TASK_TYPE, true,
                                (connection, t) -> CustomerMessages.referral(connection.kind(), t.contact().phone(),
                                        t.contact().name(), t.business().name(),
                        com.verticallight.appointment.ReminderTexts.customerLanguage(t.contact().language(),
                                t.business().language()).toLanguageTag(), code.code)))
                        .chain(sent -> Panache.withTransaction(() -> codes.findById(payload.codeId())
                                .chain(fresh -> {
                                    fresh.sendStatus = sent.status();
                                    fresh.deliveryId = sent.deliveryId();
                                    return codes.flush(fresh);
                                }))).replaceWithVoid());
    }
}
