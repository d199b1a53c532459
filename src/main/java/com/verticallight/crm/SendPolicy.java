package com.verticallight.crm;

import com.verticallight.business.QuietHours;
import com.verticallight.channel.ChannelKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The compliance rules every outbound message to a contact passes, in this order: never to someone who opted
 * out of the channel; marketing only with recorded consent; WhatsApp free-form (text, media) only within 24
 * hours of the contact's last message, templates otherwise; nothing non-urgent during the business's quiet
 * hours, which defers the message to their end. Pure: the caller gives the time.
 */
public final class SendPolicy {

    public static final Duration WHATSAPP_WINDOW = Duration.ofHours(24);

    private SendPolicy() {
    }

    public static Decision check(SendRequest request, Instant now) {
        ChannelStatus to = request.recipient();
        ChannelKind channel = to.channel();
        if (to.optedOut()) {
            return Decision.refused(Decision.Reason.CONTACT_OPTED_OUT,
                    "The contact opted out of " + channel + " at " + to.optedOutAt());
        }
        if (request.marketing() && !to.consented()) {
            return Decision.refused(Decision.Reason.NO_CONSENT,
                    "Marketing on " + channel + " needs the contact's recorded consent");
        }
        boolean freeForm = channel == ChannelKind.WHATSAPP && request.kind() != MessageKind.TEMPLATE;
        if (freeForm && !insideWhatsAppWindow(to.lastInboundAt(), now)) {
            return Decision.refused(Decision.Reason.OUTSIDE_WHATSAPP_WINDOW, "The contact has not written in the last"
                    + " 24 hours, so WhatsApp allows only an approved template message");
        }
        Optional<Instant> quietUntil = request.urgent() ? Optional.empty()
                : quietUntil(now, request.zone(), request.quietHours());
        if (quietUntil.isEmpty()) {
            return Decision.allowed();
        }
        if (freeForm && !insideWhatsAppWindow(to.lastInboundAt(), quietUntil.get())) {
            return Decision.refused(Decision.Reason.OUTSIDE_WHATSAPP_WINDOW, "The 24-hour WhatsApp window closes"
                    + " before quiet hours end at " + quietUntil.get() + ", so an approved template is required");
        }
        return Decision.deferred(quietUntil.get());
    }

    /** Whether a free-form WhatsApp message may go at {@code at}: less than 24 hours after the last inbound one. */
    public static boolean insideWhatsAppWindow(Instant lastInboundAt, Instant at) {
        return lastInboundAt != null && at.isBefore(lastInboundAt.plus(WHATSAPP_WINDOW));
    }

    /**
     * When the quiet hours that {@code now} falls in end, or empty outside them. Start is inside the window,
     * end is not; a window whose start is after its end wraps midnight. Null hours mean 21:00 to 09:00.
     */
    public static Optional<Instant> quietUntil(Instant now, ZoneId zone, QuietHours hours) {
        QuietHours quiet = hours == null ? QuietHours.DEFAULT : hours;
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        LocalTime time = local.toLocalTime();
        LocalDate endDate;
        if (quiet.start().isBefore(quiet.end())) {
            if (time.isBefore(quiet.start()) || !time.isBefore(quiet.end())) {
                return Optional.empty();
            }
            endDate = local.toLocalDate();
        } else if (quiet.start().isAfter(quiet.end())) {
            if (!time.isBefore(quiet.start())) {
                endDate = local.toLocalDate().plusDays(1);
            } else if (time.isBefore(quiet.end())) {
                endDate = local.toLocalDate();
            } else {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        return Optional.of(ZonedDateTime.of(endDate, quiet.end(), zone).toInstant());
    }
}
