package com.verticallight.intelligence.insight;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionRepository;
import com.verticallight.execution.Priority;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** WhatsApp or Google Business Profile not connected for the business. */
@ApplicationScoped
public class MissingChannelRule implements InsightRule {

    private static final Map<ChannelKind, String> WHY = Map.of(
            ChannelKind.WHATSAPP, "Most customers in India message businesses on WhatsApp: replies, reminders and "
                    + "follow-ups go out there automatically once it is connected.",
            ChannelKind.GOOGLE_BUSINESS_PROFILE, "Google Maps is where nearby customers find you: connecting the "
                    + "profile lets the daily plan post updates and answer reviews.");

    @Inject
    ConnectionRepository connections;

    @Override
    public String type() {
        return "missing_channel";
    }

    @Override
    public Uni<List<Finding>> find(InsightContext context) {
        return connections.list("businessId = :b", Map.of("b", context.business().id), "kind").map(found -> {
            List<String> connected = found.stream().map(c -> c.kind.name()).distinct().sorted().toList();
            return List.of(ChannelKind.WHATSAPP, ChannelKind.GOOGLE_BUSINESS_PROFILE).stream()
                    .filter(kind -> !connected.contains(kind.name()))
                    .map(kind -> finding(kind, connected)).toList();
        });
    }

    private static Finding finding(ChannelKind kind, List<String> connected) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("missing", kind.name());
        evidence.put("connectedChannels", connected);
        String name = kind == ChannelKind.WHATSAPP ? "WhatsApp" : "Google Business Profile";
        return new Finding(kind.name(), "Connect " + name, WHY.get(kind), Priority.HIGH, 1, evidence);
    }
}
