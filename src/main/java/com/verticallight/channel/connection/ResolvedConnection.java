package com.verticallight.channel.connection;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connector.ConnectionDetails;
import java.util.UUID;

/** A connection ready to act: kind, mode and decrypted details. Lives only for the action. */
public record ResolvedConnection(UUID id, UUID businessId, ChannelKind kind, ConnectionMode mode,
        ConnectionStatus status, ConnectionDetails details) {
}
