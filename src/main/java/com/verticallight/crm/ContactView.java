package com.verticallight.crm;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contact", example = """
        {"id": "0b6f3c2e-6a51-4d0e-9a3e-2f1c7d9b8e41", "name": "Priya Sharma", "phone": "+919812345678",
         "email": "priya@example.in", "language": "hi", "tags": ["vip"],
         "channels": [{"channel": "WHATSAPP", "consentAt": "2026-11-02T10:15:00Z",
                       "consentSource": "Ticked the box on the booking form", "optedOutAt": null, "optOutReason": null,
                       "lastInboundAt": "2026-12-06T08:40:12Z"}],
         "createdAt": "2026-11-02T10:15:00Z", "updatedAt": "2026-12-06T08:40:12Z"}
        """)
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
