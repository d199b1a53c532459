package com.verticallight.channel.gateway;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connector.Connector;
import com.verticallight.channel.connector.google.GoogleBusinessProfileConnector;
import com.verticallight.channel.connector.meta.FacebookPageConnector;
import com.verticallight.channel.connector.meta.InstagramConnector;
import com.verticallight.channel.connector.meta.WhatsAppConnector;
import com.verticallight.channel.connector.razorpay.RazorpayConnector;
import com.verticallight.channel.connector.sendgrid.SendGridConnector;
import com.verticallight.channel.connector.slack.SlackConnector;
import com.verticallight.channel.connector.twilio.TwilioSmsConnector;
import com.verticallight.channel.connector.webhook.WebhookConnector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One connector per platform, built from the configured base URLs. */
@ApplicationScoped
public class ConnectorRegistry {

    private final Map<ChannelKind, Connector> connectors = new EnumMap<>(ChannelKind.class);

    @Inject
    public ConnectorRegistry(GatewayConfig config, Clock clock) {
        String graph = config.meta().baseUrl();
        String version = config.meta().graphVersion();
        List.of(new WhatsAppConnector(graph, version),
                new FacebookPageConnector(graph, version),
                new InstagramConnector(graph, version),
                new GoogleBusinessProfileConnector(config.google().businessBaseUrl(), config.google().informationBaseUrl()),
                new TwilioSmsConnector(config.twilioBaseUrl()),
                new SendGridConnector(config.sendgridBaseUrl()),
                new SlackConnector(),
                new WebhookConnector(clock),
                new RazorpayConnector(config.razorpayBaseUrl()))
                .forEach(connector -> connectors.put(connector.kind(), connector));
    }

    public Connector forKind(ChannelKind kind) {
        return connectors.get(kind);
    }
}
