package com.verticallight.crm;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contact")
public record ContactView(
        UUID id,
        String name,
        String phone,
        String email,
        String language,
        List<String> tags,
        @Schema(description = "Channels with any consent, opt-out or inbound message") List<ChannelStatus> channels,
        Instant createdAt,
        Instant updatedAt) {

    static ContactView of(Contact c, List<ContactChannel> channels) {
        return new ContactView(c.id, c.name, c.phoneE164, c.email, c.language, c.tags,
                channels.stream().map(ContactChannel::status).toList(), c.createdAt, c.updatedAt);
    }
}
