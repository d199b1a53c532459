package com.verticallight.channel.gateway;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connector.Connector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/** One connector per platform, built from the configured base URLs. */
@ApplicationScoped
public class ConnectorRegistry {

    private final Map<ChannelKind, Connector> connectors = new EnumMap<>(ChannelKind.class);

    @Inject
    public ConnectorRegistry(GatewayConfig config, Clock clock) {
        // filled from the platform connectors
    }

    public Connector forKind(ChannelKind kind) {
        Connector connector = connectors.get(kind);
        if (connector == null) {
            throw new IllegalStateException("No connector for " + kind);
        }
        return connector;
    }
}
