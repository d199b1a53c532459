package com.verticallight.channel.connection;

import com.verticallight.channel.ChannelKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the connection API speaks. Credentials go in, and never come out. */
public final class ConnectionViews {

    private ConnectionViews() {
    }

    @Schema(name = "ConnectionRequest")
    public record ConnectionRequest(
            @NotNull ChannelKind kind,
            @Size(max = 100) String name,
            @NotNull @Size(max = 10) Map<@NotNull @Size(max = 60) String, @NotNull @Size(max = 500) String> platformIds,
            @NotNull @Size(max = 10) Map<@NotNull @Size(max = 60) String, @NotNull @Size(max = 4000) String> credentials,
            ConnectionMode mode) {
    }

    @Schema(name = "ConnectionUpdate", description = "Fields to change; credentials given replace all stored ones")
    public record ConnectionUpdate(
            @Size(max = 100) String name,
            @Size(max = 10) Map<@NotNull @Size(max = 60) String, @NotNull @Size(max = 500) String> platformIds,
            @Size(max = 10) Map<@NotNull @Size(max = 60) String, @NotNull @Size(max = 4000) String> credentials,
            ConnectionMode mode) {
    }

    @Schema(name = "Connection")
    public record ConnectionView(UUID id, UUID businessId, ChannelKind kind, String name,
            Map<String, String> platformIds, Set<String> credentialNames, ConnectionMode mode,
            ConnectionStatus status, String lastError, Instant lastCheckedAt, Instant createdAt) {
    }

    @Schema(name = "ConnectionTest")
    public record ConnectionTest(boolean ok, ConnectionStatus status, String message, boolean simulated,
            Instant checkedAt) {
    }
}
