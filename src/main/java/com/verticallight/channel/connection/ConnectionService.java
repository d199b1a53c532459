package com.verticallight.channel.connection;

import com.verticallight.i18n.Text;
import com.fasterxml.jackson.core.type.TypeReference;
import com.verticallight.business.BusinessService;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.webhook.WebhookConfig;
import com.verticallight.channel.connection.ConnectionViews.ConnectionRequest;
import com.verticallight.channel.connection.ConnectionViews.ConnectionUpdate;
import com.verticallight.channel.connection.ConnectionViews.ConnectionView;
import com.verticallight.channel.connector.AddressGuard;
import com.verticallight.channel.connector.ConnectionDetails;
import com.verticallight.platform.problem.Problem;
import io.quarkus.hibernate.reactive.panache.Panache;
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
    AddressGuard addressGuard;

    @Inject
    Clock clock;

    /** The fields that hold a URL this service will call on the tenant's behalf. */
    private static final Map<ChannelKind, String> TENANT_URLS = Map.of(
            ChannelKind.WEBHOOK, "platformIds.url", ChannelKind.SLACK, "credentials.webhookUrl");
    /** The ids inbound webhooks are routed by (see ConnectionDirectory). */
    private static final Map<ChannelKind, String> ROUTING_IDS = Map.of(
            ChannelKind.WHATSAPP, "phoneNumberId", ChannelKind.FACEBOOK_PAGE, "pageId",
            ChannelKind.INSTAGRAM, "igUserId");

    @WithTransaction
    public Uni<ConnectionView> create(UUID businessId, ConnectionRequest request) {
        requireComplete(request.kind(), request.platformIds(), request.credentials());
        return requireAllowedUrls(request.kind(), request.platformIds(), request.credentials())
                .chain(() -> businesses.get(businessId))
                .map(business -> newConnection(business.id(), request))
                .call(this::requireSoleOwner)
                .chain(connections::add)
                .map(this::view);
    }

    private ChannelConnection newConnection(UUID businessId, ConnectionRequest request) {
        ChannelConnection connection = new ChannelConnection();
        connection.id = UUID.randomUUID();
        connection.businessId = businessId;
        connection.kind = request.kind();
        connection.name = request.name() == null ? request.kind().name() : request.name();
        connection.platformIds = withStatusCallback(connection.id, request.kind(), request.platformIds());
        connection.credentialsCiphertext = cipher.encrypt(toJson(request.credentials()));
        connection.mode = request.mode() == null ? ConnectionMode.SANDBOX : request.mode();
        connection.status = ConnectionStatus.OK;
        connection.createdAt = clock.instant();
        connection.updatedAt = connection.createdAt;
        return connection;
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
            return requireAllowedUrls(connection.kind, update.platformIds() == null ? Map.of() : ids,
                    update.credentials() == null ? Map.of() : credentials)
                    .chain(() -> apply(connection, update, ids, credentials));
        }).map(this::view);
    }

    private Uni<ChannelConnection> apply(ChannelConnection connection, ConnectionUpdate update, Map<String, String> ids,
            Map<String, String> credentials) {
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
        return requireSoleOwner(connection).chain(() -> connections.flush(connection));
    }

    /** Tenant-given URLs (a webhook's url, a Slack hook) must lead to public addresses: 400 naming the field. */
    private Uni<Void> requireAllowedUrls(ChannelKind kind, Map<String, String> ids, Map<String, String> credentials) {
        String field = TENANT_URLS.get(kind);
        if (field == null) {
            return Uni.createFrom().voidItem();
        }
        String name = field.substring(field.indexOf('.') + 1);
        String url = field.startsWith("platformIds.") ? ids.get(name) : credentials.get(name);
        if (url == null) {
            return Uni.createFrom().voidItem();
        }
        return addressGuard.refusal(url).invoke(refusal -> refusal.ifPresent(reason -> {
            throw ProblemException.invalid(field, reason.startsWith("must") ? Text.of("channel.urlNotWeb")
                    : Text.of("channel.urlPrivate", Map.of("address", reason.replaceAll(".*\\((.*)\\).*", "$1"))));
        })).replaceWithVoid();
    }

    /**
     * One owner per platform id: inbound webhooks find their tenant by it, so a second LIVE connection with the
     * same WhatsApp phone number id, Page id or Instagram account id (in any account) would take or lose the
     * first one's messages. Checked under a transaction-scoped lock on that id, so two saves cannot both pass.
     */
    private Uni<Void> requireSoleOwner(ChannelConnection connection) {
        String idName = ROUTING_IDS.get(connection.kind);
        String idValue = idName == null ? null : connection.platformIds.get(idName);
        if (connection.mode != ConnectionMode.LIVE || idValue == null) {
            return Uni.createFrom().voidItem();
        }
        String key = connection.kind + ":" + idValue;
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(:key))) locked", Integer.class)
                .setParameter("key", key).getSingleResult()
                .chain(() -> session.createNativeQuery("""
                        select count(*) from channel_connection
                        where kind = :kind and mode = 'LIVE' and id <> :id and (cast(platform_ids as jsonb) ->> :name) = :value""",
                        Long.class)
                        .setParameter("kind", connection.kind.name()).setParameter("id", connection.id)
                        .setParameter("name", idName).setParameter("value", idValue)
                        .getSingleResult()))
                .invoke(others -> {
                    if (others > 0) {
                        throw new ProblemException(Problem.of(409, "Conflict", Text.of("channel.idInLiveUse",
                                Map.of("id", idName)))
                                .withErrors(List.of(FieldError.of("platformIds." + idName, Text.of("channel.alreadyUsedByAnotherLive")))));
                    }
                })
                .replaceWithVoid();
    }

    /** New credentials the platform issued (a renewed access token); the status is left to the next call. */
    @WithTransaction
    public Uni<Void> replaceCredentials(UUID id, Map<String, String> credentials) {
        return connections.getById(id, "Connection").chain(connection -> {
            connection.credentialsCiphertext = cipher.encrypt(toJson(credentials));
            connection.updatedAt = clock.instant();
            return connections.flush(connection);
        }).replaceWithVoid();
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
