package com.verticallight.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.outbox.OutboxEvent;
import com.verticallight.platform.outbox.OutboxTopicListener;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** payment_link.paid from a business's Razorpay: the request whose link it is becomes PAID (once). */
@ApplicationScoped
public class PaymentLinkEvents implements OutboxTopicListener {

    @Inject
    PaymentService payments;

    @Inject
    CurrentTenant currentTenant;

    @Override
    public Set<String> topics() {
        return Set.of(RazorpayLinkWebhookResource.SOURCE + ".payment_link.paid");
    }

    @Override
    public Uni<Void> handle(OutboxEvent event) {
        JsonNode payload = JsonText.tree(event.payload()).path("payload");
        String linkId = payload.path("payment_link").path("entity").path("id").asText(null);
        if (linkId == null || event.tenantId() == null) {
            return Uni.createFrom().voidItem();
        }
        long paid = payload.path("payment").path("entity").path("amount").asLong(
                payload.path("payment_link").path("entity").path("amount_paid").asLong(0));
        return currentTenant.runAs(event.tenantId(), () -> payments.paidByLink(linkId, paid));
    }
}
