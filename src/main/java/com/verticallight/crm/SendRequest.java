package com.verticallight.crm;

import com.verticallight.business.QuietHours;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A message about to go to a contact on one channel.
 *
 * @param recipient the contact's standing on the channel (from {@link ContactService#channelStatus})
 * @param kind free-form text or media, or an approved template
 * @param marketing a promotion rather than a reply or service message: needs recorded consent
 * @param urgent ignores quiet hours (an appointment moved in the next hour, a reply the contact waits for)
 * @param zone the business's time zone
 * @param quietHours the business's quiet hours; null for the default 21:00 to 09:00
 */
public record SendRequest(ChannelStatus recipient, MessageKind kind, boolean marketing, boolean urgent, ZoneId zone,
        QuietHours quietHours) {

    public SendRequest {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(recipient.channel(), "recipient.channel");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(zone, "zone");
    }
}
