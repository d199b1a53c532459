package com.verticallight.notification;

import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The sockets open on this instance, by tenant, with the last sequence each was sent. */
@ApplicationScoped
public class SocketRegistry {

    record Open(UUID tenantId, UUID userId, WebSocketConnection connection, AtomicLong lastSent) {
    }

    private final Map<UUID, Map<String, Open>> byTenant = new ConcurrentHashMap<>();

    Open add(UUID tenantId, UUID userId, WebSocketConnection connection, long after) {
        Open open = new Open(tenantId, userId, connection, new AtomicLong(after));
        byTenant.computeIfAbsent(tenantId, t -> new ConcurrentHashMap<>()).put(connection.id(), open);
        return open;
    }

    void remove(UUID tenantId, WebSocketConnection connection) {
        byTenant.computeIfPresent(tenantId, (t, sockets) -> {
            sockets.remove(connection.id());
            return sockets.isEmpty() ? null : sockets;
        });
    }

    List<Open> person(UUID tenantId, UUID userId) {
        return tenant(tenantId).stream().filter(o -> o.userId().equals(userId)).toList();
    }

    Collection<Open> tenant(UUID tenantId) {
        Map<String, Open> sockets = byTenant.get(tenantId);
        return sockets == null ? List.of() : sockets.values();
    }

    public int size() {
        return byTenant.values().stream().mapToInt(Map::size).sum();
    }
}
