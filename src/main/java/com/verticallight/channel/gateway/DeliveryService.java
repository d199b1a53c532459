package com.verticallight.channel.gateway;

import com.fasterxml.jackson.core.type.TypeReference;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.gateway.GatewayViews.DeliveryView;
import com.verticallight.platform.json.JsonText;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The delivery log as the tenant sees it, newest first. */
@ApplicationScoped
public class DeliveryService {

    @Inject
    DeliveryRepository deliveries;

    @WithSession
    public Uni<List<DeliveryView>> list(DeliveryStatus status, UUID connectionId, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (status != null) {
            where.append(" and status = :status");
            parameters.put("status", status);
        }
        if (connectionId != null) {
            where.append(" and connectionId = :connection");
            parameters.put("connection", connectionId);
        }
        return deliveries.list(where.toString(), parameters, "createdAt desc")
                .map(all -> all.stream().limit(limit).map(DeliveryService::view).toList());
    }

    @WithSession
    public Uni<DeliveryView> get(UUID id) {
        return deliveries.getById(id, "Delivery").map(DeliveryService::view);
    }

    static DeliveryView view(Delivery d) {
        return new DeliveryView(d.id, d.connectionId, d.channel, d.actionType, d.idempotencyKey, d.recipient,
                d.mode == null ? null : d.mode.name(), d.status, d.platformId, d.errorKind, d.errorCode,
                d.errorMessage, d.attempts, requests(d.requests), d.createdAt, d.updatedAt);
    }

    private static List<PlatformRequest> requests(String json) {
        return json == null ? List.of() : JsonText.read(json, new TypeReference<List<PlatformRequest>>() {
        });
    }
}
