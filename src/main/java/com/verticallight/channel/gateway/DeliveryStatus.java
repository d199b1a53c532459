package com.verticallight.channel.gateway;

/**
 * Where an outbound action stands. SENDING is written before the platform is called: a row left in SENDING
 * (a crash mid-call) is never sent again automatically. SIMULATED means sandbox: never counted as sent.
 */
public enum DeliveryStatus {
    SENDING, SENT, DELIVERED, READ, FAILED, SIMULATED, REFUSED, DEFERRED
}
