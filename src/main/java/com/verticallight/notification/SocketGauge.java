package com.verticallight.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.websockets.next.OpenConnections;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** vlos_websocket_sessions: the notification sockets open on this instance right now. */
@Startup
@ApplicationScoped
class SocketGauge {

    @Inject
    OpenConnections connections;

    @Inject
    MeterRegistry registry;

    @PostConstruct
    void register() {
        Gauge.builder("vlos.websocket.sessions", connections, open -> open.listAll().size())
                .description("Notification WebSocket sessions open on this instance").register(registry);
    }
}
