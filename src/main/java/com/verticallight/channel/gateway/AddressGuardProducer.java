package com.verticallight.channel.gateway;

import com.verticallight.channel.connector.AddressGuard;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one {@link AddressGuard}, configured by {@code vlos.channels.allow-private-addresses} (default false). */
@ApplicationScoped
public class AddressGuardProducer {

    @Produces
    @ApplicationScoped
    AddressGuard guard(Vertx vertx, GatewayConfig config) {
        return new AddressGuard(vertx, config.allowPrivateAddresses());
    }
}
