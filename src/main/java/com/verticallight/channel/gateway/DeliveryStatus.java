package com.verticallight.channel.gateway;

/**
 * Where an outbound action stands. SENDING is written before the platform is called and is never final: the
 * {@link DeliverySweeper} resolves a delivery left SENDING past its lease (a crash mid-call). UNCERTAIN is final:
 * the request may have reached the platform but nothing confirms it, so it is not sent again (it could arrive
 * twice) and the owner gets a task naming it. SIMULATED means sandbox: never counted as sent.
 */
public enum DeliveryStatus {
    SENDING, SENT, DELIVERED, READ, FAILED, UNCERTAIN, SIMULATED, REFUSED, DEFERRED
}
