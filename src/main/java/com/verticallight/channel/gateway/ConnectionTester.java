package com.verticallight.channel.gateway;

import com.verticallight.channel.connect.GoogleAccessTokens;
import com.verticallight.channel.connection.ConnectionHealth;
import com.verticallight.channel.connection.ConnectionMode;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.connection.ConnectionStatus;
import com.verticallight.channel.connection.ConnectionViews.ConnectionTest;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.Connector;
import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * "Test connection": one cheap read on the platform with the stored credentials, and the connection's
 * status updated from the answer. A test that would write (Slack posts a message) is only recorded in sandbox.
 */
@ApplicationScoped
public class ConnectionTester {

    @Inject
    ConnectionService connections;

    @Inject
    ConnectionHealth health;

    @Inject
    GoogleAccessTokens googleTokens;

    @Inject
    ConnectorRegistry connectors;

    @Inject
    Resilience resilience;

    @Inject
    Clock clock;

    public Uni<ConnectionTest> test(UUID connectionId) {
        return connections.resolve(List.of(connectionId)).chain(googleTokens::fresh)
                .map(found -> found.get(connectionId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Connection"))
                .chain(this::check);
    }

    private Uni<ConnectionTest> check(ResolvedConnection connection) {
        Connector connector = connectors.forKind(connection.kind());
        PlatformRequest request = connector.testRequest(connection.details());
        if (connection.mode() == ConnectionMode.SANDBOX && !"GET".equals(request.method())) {
            return Uni.createFrom().item(new ConnectionTest(true, ConnectionStatus.OK,
                    "Sandbox: would have sent " + request.method() + " " + request.redactedUrl(), true,
                    clock.instant()));
        }
        return resilience.transport().send(request)
                .map(connector::classify)
                .onFailure(PlatformFailure.class).recoverWithItem(failure -> (PlatformFailure) failure)
                .chain(failure -> record(connection, failure));
    }

    private Uni<ConnectionTest> record(ResolvedConnection connection, PlatformFailure failure) {
        ConnectionStatus status = failure == null ? ConnectionStatus.OK
                : failure.kind() == PlatformFailure.Kind.AUTH_EXPIRED ? ConnectionStatus.NEEDS_REAUTH
                : ConnectionStatus.FAILING;
        String message = failure == null ? "The platform accepted the credentials" : failure.getMessage();
        return health.record(connection.id(), status, failure == null ? null : message)
                .replaceWith(new ConnectionTest(failure == null, status, message, false, clock.instant()));
    }
}
