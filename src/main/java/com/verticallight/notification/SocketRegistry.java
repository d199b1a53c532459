package com.verticallight.notification;

import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sockets open on this instance, by tenant and person, with the sequences each was sent lately. A person's
 * notification finds that person's sockets without looking at the rest of the tenant's.
 */
@ApplicationScoped
public class SocketRegistry {

    record Open(UUID tenantId, UUID userId, WebSocketConnection connection, SentSequences sent, long openedAt) {
    }

    private final Map<UUID, Map<UUID, Map<String, Open>>> byTenant = new ConcurrentHashMap<>();

    Open add(UUID tenantId, UUID userId, WebSocketConnection connection, long after) {
        Open open = new Open(tenantId, userId, connection, new SentSequences(after), System.nanoTime());
        byTenant.compute(tenantId, (t, people) -> {
            Map<UUID, Map<String, Open>> map = people == null ? new ConcurrentHashMap<>() : people;
            map.computeIfAbsent(userId, u -> new ConcurrentHashMap<>()).put(connection.id(), open);
            return map;
        });
        return open;
    }

    void remove(UUID tenantId, UUID userId, WebSocketConnection connection) {
        byTenant.computeIfPresent(tenantId, (t, people) -> {
            people.computeIfPresent(userId, (u, sockets) -> {
                sockets.remove(connection.id());
                return sockets.isEmpty() ? null : sockets;
            });
            return people.isEmpty() ? null : people;
        });
    }

    Collection<Open> person(UUID tenantId, UUID userId) {
        Map<UUID, Map<String, Open>> people = byTenant.get(tenantId);
        Map<String, Open> sockets = people == null ? null : people.get(userId);
        return sockets == null ? List.of() : sockets.values();
    }

    /** The person's sockets beyond the newest {@code keep}, oldest first. */
    List<Open> beyond(UUID tenantId, UUID userId, int keep) {
        List<Open> all = person(tenantId, userId).stream().sorted(Comparator.comparingLong(Open::openedAt).reversed())
                .toList();
        return all.size() <= keep ? List.of() : all.subList(keep, all.size());
    }

    List<Open> tenant(UUID tenantId) {
        Map<UUID, Map<String, Open>> people = byTenant.get(tenantId);
        return people == null ? List.of() : people.values().stream().flatMap(s -> s.values().stream()).toList();
    }

    public int size() {
        return byTenant.values().stream().flatMap(people -> people.values().stream()).mapToInt(Map::size).sum();
    }
}
