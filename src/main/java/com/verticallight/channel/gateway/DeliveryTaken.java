package com.verticallight.channel.gateway;

/** Another sender (an instance, the sweeper) started this delivery's round first: this one sends nothing. */
class DeliveryTaken extends RuntimeException {

    DeliveryTaken() {
        super("The delivery was started by another sender", null, false, false);
    }
}
