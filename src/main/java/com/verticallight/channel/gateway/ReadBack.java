package com.verticallight.channel.gateway;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.OutboundAction.ActionType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Looks on the platform for something we may have sent without an answer, where the platform lets us read it back:
 * a Facebook Page's recent posts, a Google Business Profile location's local posts (matched by text, since the time
 * the request started). Empty when it cannot be confirmed: not found, or a platform that cannot be read back (a
 * WhatsApp message's wamid is only in the answer that was lost, an SMS, an email, a webhook).
 */
@ApplicationScoped
public class ReadBack {

    private static final Set<ChannelKind> POSTS_READABLE = Set.of(ChannelKind.FACEBOOK_PAGE,
            ChannelKind.GOOGLE_BUSINESS_PROFILE);

    @Inject
    ChannelGateway gateway;

    /** The platform's id of what was found, or empty. Runs as the delivery's tenant. */
    public Uni<Optional<String>> find(ResolvedConnection connection, OutboundAction action, Instant startedAt) {
        if (action == null || action.type() != ActionType.POST || action.text() == null || action.text().isBlank()
                || !POSTS_READABLE.contains(connection.kind())) {
            return Uni.createFrom().item(Optional.empty());
        }
        return gateway.read(connection.id(), OutboundAction.findPost(action.text(), startedAt))
                .map(found -> Optional.ofNullable(found.platformId()));
    }
}
