package com.verticallight.channel.connection;

import com.fasterxml.jackson.core.type.TypeReference;
import com.verticallight.business.BusinessService;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.webhook.WebhookConfig;
import com.verticallight.channel.connection.ConnectionViews.ConnectionRequest;
import com.verticallight.channel.connection.ConnectionViews.ConnectionUpdate;
import com.verticallight.channel.connection.ConnectionViews.ConnectionView;
import com.verticallight.channel.connector.ConnectionDetails;
import com.verticallight.platform.crypto.CredentialCipher;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.problem.Problem.FieldError;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A business's platform connections. New ones start in SANDBOX; credentials are encrypted at rest. */
@ApplicationScoped
public class ConnectionService {

    @Inject
    ConnectionRepository connections;

    @Inject
    BusinessService businesses;

    @Inject
    CredentialCipher cipher;

    @Inject
    WebhookConfig webhooks;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<ConnectionView> create(UUID businessId, ConnectionRequest request) {
        requireComplete(request.kind(), request.platformIds(), request.credentials());
        return businesses.get(businessId).chain(business -> {
            ChannelConnection connection = new ChannelConnection();
            connection.id = UUID.randomUUID();
            connection.businessId = business.id();
            connection.kind = request.kind();
            connection.name = request.name() == null ? request.kind().name() : request.name();
            connection.platformIds = withStatusCallback(connection.id, request.kind(), request.platformIds());
            connection.credentialsCiphertext = cipher.encrypt(toJson(request.credentials()));
            connection.mode = request.mode() == null ? ConnectionMode.SANDBOX : request.mode();
            connection.status = ConnectionStatus.OK;
            connection.createdAt = clock.instant();
            connection.updatedAt = connection.createdAt;
            return connections.add(connection);
        }).map(this::view);
    }

    @WithSession
    public Uni<List<ConnectionView>> list() {
        return connections.listAll("createdAt").map(all -> all.stream().map(this::view).toList());
    }

    @WithSession
    public Uni<ConnectionView> get(UUID id) {
        return connections.getById(id, "Connection").map(this::view);
    }

    @WithTransaction
    public Uni<ConnectionView> update(UUID id, ConnectionUpdate update) {
        return connections.getById(id, "Connection").chain(connection -> {
            Map<String, String> ids = update.platformIds() == null ? connection.platformIds : update.platformIds();
            Map<String, String> credentials = update.credentials() == null ? credentials(connection)
                    : update.credentials();
            requireComplete(connection.kind, ids, credentials);
            connection.platformIds = ids;
            if (update.credentials() != null) {
                connection.credentialsCiphertext = cipher.encrypt(toJson(credentials));
                connection.status = ConnectionStatus.OK;
                connection.lastError = null;
            }
            if (update.name() != null) {
                connection.name = update.name();
            }
            if (update.mode() != null) {
                connection.mode = update.mode();
            }
            connection.updatedAt = clock.instant();
            return connections.flush(connection);
        }).map(this::view);
    }

    @WithTransaction
    public Uni<Void> delete(UUID id) {
        return connections.getById(id, "Connection").chain(connections::remove);
    }

    /** The business's connections, decrypted, oldest first. */
    @WithSession
    public Uni<List<ResolvedConnection>> forBusiness(UUID businessId) {
        return connections.list("businessId = :businessId", Map.of("businessId", businessId), "createdAt, id")
                .map(found -> found.stream().map(this::resolved).toList());
    }

    /** The current tenant's connections with these ids, decrypted; unknown ids are absent from the map. */
    @WithSession
    public Uni<Map<UUID, ResolvedConnection>> resolve(Collection<UUID> ids) {
        return connections.list("id in :ids", Map.of("ids", ids), null)
                .map(found -> found.stream().map(this::resolved)
                        .collect(Collectors.toMap(ResolvedConnection::id, Function.identity())));
    }

    /** Twilio reports delivery to the connection's own status webhook, when this service's public URL is known. */
    private Map<String, String> withStatusCallback(UUID id, ChannelKind kind, Map<String, String> ids) {
        if (kind != ChannelKind.SMS_TWILIO || ids.containsKey("statusCallbackUrl") || webhooks.publicBaseUrl().isEmpty()) {
            return ids;
        }
        Map<String, String> all = new java.util.HashMap<>(ids);
        all.put("statusCallbackUrl", webhooks.publicBaseUrl().get().replaceAll("/$", "") + "/webhooks/twilio/" + id + "/status");
        return all;
    }

    private ResolvedConnection resolved(ChannelConnection c) {
        return new ResolvedConnection(c.id, c.businessId, c.kind, c.mode, c.status,
                new ConnectionDetails(c.id, c.tenantId, c.platformIds, credentials(c)));
    }

    private ConnectionView view(ChannelConnection c) {
        return new ConnectionView(c.id, c.businessId, c.kind, c.name, c.platformIds,
                new TreeSet<>(credentials(c).keySet()), c.mode, c.status, c.lastError, c.lastCheckedAt, c.createdAt);
    }

    private Map<String, String> credentials(ChannelConnection connection) {
        return JsonText.read(cipher.decrypt(connection.credentialsCiphertext),
                new TypeReference<Map<String, String>>() {
                });
    }

    private static void requireComplete(ChannelKind kind, Map<String, String> ids,
            Map<String, String> credentials) {
        List<FieldError> missing = ConnectionRequirements.missing(kind, ids, credentials);
        if (!missing.isEmpty()) {
            throw ProblemException.invalid(missing);
        }
    }

    private static String toJson(Map<String, String> credentials) {
        return JsonText.write(credentials);
    }
}
