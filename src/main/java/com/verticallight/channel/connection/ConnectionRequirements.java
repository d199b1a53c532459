package com.verticallight.channel.connection;

import com.verticallight.i18n.Text;
import com.verticallight.channel.ChannelKind;
import com.verticallight.platform.problem.Problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Which platform ids and credentials each kind of connection needs before it can act. */
final class ConnectionRequirements {

    private record Needs(List<String> ids, List<String> credentials) {
    }

    private static final Map<ChannelKind, Needs> NEEDS = Map.of(
            ChannelKind.WHATSAPP, new Needs(List.of("phoneNumberId"), List.of("accessToken")),
            ChannelKind.FACEBOOK_PAGE, new Needs(List.of("pageId"), List.of("accessToken")),
            ChannelKind.INSTAGRAM, new Needs(List.of("igUserId"), List.of("accessToken")),
            ChannelKind.GOOGLE_BUSINESS_PROFILE, new Needs(List.of("accountId", "locationId"), List.of("accessToken")),
            ChannelKind.SMS_TWILIO, new Needs(List.of(), List.of("accountSid", "authToken")),
            ChannelKind.EMAIL_SENDGRID, new Needs(List.of("fromEmail"), List.of("apiKey")),
            ChannelKind.SLACK, new Needs(List.of(), List.of("webhookUrl")),
            ChannelKind.WEBHOOK, new Needs(List.of("url"), List.of("secret")),
            ChannelKind.RAZORPAY, new Needs(List.of(), List.of("keyId", "keySecret", "webhookSecret")));

    private ConnectionRequirements() {
    }

    static List<FieldError> missing(ChannelKind kind, Map<String, String> ids, Map<String, String> credentials) {
        List<FieldError> errors = new ArrayList<>();
        Needs needs = NEEDS.get(kind);
        needs.ids().stream().filter(name -> blank(ids.get(name)))
                .forEach(name -> errors.add(FieldError.of("platformIds." + name, Text.of("channel.requiredFor", Map.of("kind", kind.name())))));
        needs.credentials().stream().filter(name -> blank(credentials.get(name)))
                .forEach(name -> errors.add(FieldError.of("credentials." + name, Text.of("channel.requiredFor", Map.of("kind", kind.name())))));
        if (kind == ChannelKind.SMS_TWILIO && blank(ids.get("from")) && blank(ids.get("messagingServiceSid"))) {
            errors.add(FieldError.of("platformIds.from", Text.of("channel.senderNumberMessagingServiceSidRequired")));
        }
        return errors;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
