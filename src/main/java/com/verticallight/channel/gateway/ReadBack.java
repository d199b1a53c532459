package com.verticallight.channel.gateway;

import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.OutboundAction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * Looks on the platform for something we may have sent without an answer, where the platform lets us read it back.
 * Empty when it cannot be confirmed (not found, or a platform that cannot be read back, e.g. a WhatsApp message
 * whose wamid only the lost answer carried).
 */
@ApplicationScoped
public class ReadBack {

    /** The platform's id of what was found, or empty. */
    public Uni<Optional<String>> find(ResolvedConnection connection, OutboundAction action, Instant startedAt) {
        return Uni.createFrom().item(Optional.empty());
    }
}
