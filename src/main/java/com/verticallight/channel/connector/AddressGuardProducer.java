package com.verticallight.channel.connector;

import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one {@link AddressGuard}, configured by {@code vlos.channels.allow-private-addresses} (default false). */
@ApplicationScoped
public class AddressGuardProducer {

    @Produces
    @ApplicationScoped
    AddressGuard guard(Vertx vertx,
            @ConfigProperty(name = "vlos.channels.allow-private-addresses", defaultValue = "false") boolean allow) {
        return new AddressGuard(vertx, allow);
    }
}
