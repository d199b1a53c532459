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

    record Open(UUID tenantId, UUID userId, WebSocketConnection connection, AtomicLong lastSent, long openedAt) {
    }

    private final Map<UUID, Map<String, Open>> byTenant = new ConcurrentHashMap<>();

    Open add(UUID tenantId, UUID userId, WebSocketConnection connection, long after) {
        Open open = new Open(tenantId, userId, connection, new AtomicLong(after), System.nanoTime());
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

    /** The person's sockets beyond the newest {@code keep}, oldest first. */
    List<Open> beyond(UUID tenantId, UUID userId, int keep) {
        List<Open> all = person(tenantId, userId).stream()
                .sorted(java.util.Comparator.comparingLong(Open::openedAt).reversed()).toList();
        return all.size() <= keep ? List.of() : all.subList(keep, all.size());
    }

    Collection<Open> tenant(UUID tenantId) {
        Map<String, Open> sockets = byTenant.get(tenantId);
        return sockets == null ? List.of() : sockets.values();
    }

    public int size() {
        return byTenant.values().stream().mapToInt(Map::size).sum();
    }
}
