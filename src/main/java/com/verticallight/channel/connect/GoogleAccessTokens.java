package com.verticallight.channel.connect;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionHealth;
import com.verticallight.channel.connection.ConnectionMode;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.connection.ConnectionStatus;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.ConnectionDetails;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Google access tokens live an hour; a Google connection made through the connect flow keeps its refresh token
 * (encrypted) and gets a new access token from the token endpoint when the stored one is about to expire, before a
 * live call uses it. A refused refresh (revoked consent) marks the connection NEEDS_REAUTH.
 */
@ApplicationScoped
public class GoogleAccessTokens {

    private static final Duration MARGIN = Duration.ofMinutes(2);

    @Inject
    GoogleConnectApi google;

    @Inject
    ConnectConfig config;

    @Inject
    ConnectionService connections;

    @Inject
    ConnectionHealth health;

    @Inject
    Clock clock;

    /** The same connections, with fresh access tokens where a live Google call would otherwise use a stale one. */
    public Uni<Map<UUID, ResolvedConnection>> fresh(Map<UUID, ResolvedConnection> resolved) {
        if (resolved.values().stream().noneMatch(this::needsRefresh)) {
            return Uni.createFrom().item(resolved);
        }
        return Multi.createFrom().iterable(resolved.values()).onItem()
                .transformToUniAndConcatenate(connection -> needsRefresh(connection) ? refreshed(connection)
                        : Uni.createFrom().item(connection))
                .collect().asMap(ResolvedConnection::id).map(LinkedHashMap::new);
    }

    /** A live call is coming (or a connection test): true when its Google access token is missing or ending. */
    boolean needsRefresh(ResolvedConnection connection) {
        Map<String, String> credentials = connection.details().credentials();
        if (connection.kind() != ChannelKind.GOOGLE_BUSINESS_PROFILE || !credentials.containsKey("refreshToken")
                || config.google().clientId().isEmpty()) {
            return false;
        }
        String expiresAt = credentials.get("accessTokenExpiresAt");
        return expiresAt == null || !Instant.parse(expiresAt).isAfter(clock.instant().plus(MARGIN));
    }

    /** For the live path only: sandbox never calls Google, so it keeps whatever token it has. */
    public Uni<Map<UUID, ResolvedConnection>> freshForLive(Map<UUID, ResolvedConnection> resolved) {
        Map<UUID, ResolvedConnection> live = new HashMap<>();
        resolved.forEach((id, c) -> {
            if (c.mode() == ConnectionMode.LIVE) {
                live.put(id, c);
            }
        });
        return fresh(live).map(updated -> {
            Map<UUID, ResolvedConnection> all = new LinkedHashMap<>(resolved);
            all.putAll(updated);
            return all;
        });
    }

    private Uni<ResolvedConnection> refreshed(ResolvedConnection connection) {
        ConnectionDetails details = connection.details();
        return google.refresh(details.credentials().get("refreshToken"), clock.instant())
                .chain(token -> {
                    Map<String, String> credentials = new LinkedHashMap<>(details.credentials());
                    credentials.put("accessToken", token.accessToken());
                    credentials.put("accessTokenExpiresAt", token.expiresAt().toString());
                    if (token.refreshToken() != null) {
                        credentials.put("refreshToken", token.refreshToken());
                    }
                    return connections.replaceCredentials(connection.id(), credentials)
                            .replaceWith(new ResolvedConnection(connection.id(), connection.businessId(),
                                    connection.kind(), connection.mode(), connection.status(), new ConnectionDetails(
                                            details.connectionId(), details.tenantId(), details.ids(), credentials)));
                })
                .onFailure(ProblemException.class).recoverWithUni(failure -> health.record(connection.id(),
                        ConnectionStatus.NEEDS_REAUTH, "Google refused to renew the access: " + failure.getMessage())
                        .replaceWith(connection)); // the call then fails as AUTH_EXPIRED, with its reconnect task
    }
}
