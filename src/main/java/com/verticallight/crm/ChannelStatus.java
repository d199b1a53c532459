package com.verticallight.crm;

import com.verticallight.channel.ChannelKind;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact's standing on one channel: consent, opt-out and the time of their last message to us. */
@Schema(name = "ContactChannel")
public record ChannelStatus(
        ChannelKind channel,
        Instant consentAt,
        String consentSource,
        Instant optedOutAt,
        String optOutReason,
        Instant lastInboundAt) {

    /** A channel the contact has no history on. */
    public static ChannelStatus none(ChannelKind channel) {
        return new ChannelStatus(channel, null, null, null, null, null);
    }

    public boolean optedOut() {
        return optedOutAt != null;
    }

    public boolean consented() {
        return consentAt != null;
    }
}
