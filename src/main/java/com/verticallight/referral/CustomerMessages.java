package com.verticallight.referral;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionStatus;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.i18n.Catalogue;
import com.verticallight.i18n.Languages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The messages this feature sends a customer: a WhatsApp approved template when the business has WhatsApp (a review
 * request or a code is not a reply, so it is outside the 24-hour window), an SMS otherwise.
 */
final class CustomerMessages {

    /** WhatsApp template: body parameters {{1}} customer name, {{2}} business name, {{3}} review link. */
    static final String REVIEW_TEMPLATE = "review_request";
    /** WhatsApp template: body parameters {{1}} customer name, {{2}} business name, {{3}} referral code. */
    static final String REFERRAL_TEMPLATE = "referral_code";

    private CustomerMessages() {
    }

    /** WhatsApp if connected and usable, else SMS. */
    static Optional<ResolvedConnection> channel(List<ResolvedConnection> connections) {
        for (ChannelKind kind : List.of(ChannelKind.WHATSAPP, ChannelKind.SMS_TWILIO)) {
            Optional<ResolvedConnection> found = connections.stream()
                    .filter(c -> c.kind() == kind && c.status() != ConnectionStatus.NEEDS_REAUTH).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    static OutboundAction reviewRequest(ChannelKind channel, String phone, String name, String business,
            String language, String link) {
        if (channel == ChannelKind.WHATSAPP) {
            return template(phone, REVIEW_TEMPLATE, language, List.of(firstName(name), business, link));
        }
        return OutboundAction.text(phone, Catalogue.customer().format(locale(language), "reviewRequest.sms",
                Map.of("name", nameOrNone(name), "business", business, "link", link)));
    }

    static OutboundAction referral(ChannelKind channel, String phone, String name, String business, String language,
            String code) {
        if (channel == ChannelKind.WHATSAPP) {
            return template(phone, REFERRAL_TEMPLATE, language, List.of(firstName(name), business, code));
        }
        return OutboundAction.text(phone, Catalogue.customer().format(locale(language), "referral.sms",
                Map.of("name", nameOrNone(name), "business", business, "code", code)));
    }

    private static OutboundAction template(String phone, String name, String language, List<String> parameters) {
        return new OutboundAction(OutboundAction.ActionType.TEMPLATE, phone, null, null, null, null, name,
                primary(language), parameters, null, null, null, null, null, null, null, null, null);
    }

    /** A template parameter must not be empty: "there" when the name is unknown. */
    static String firstName(String name) {
        return name == null || name.isBlank() ? "there" : name.strip().split("\\s+")[0];
    }

    /** The first name, or "none" (the texts then greet without a name). */
    private static String nameOrNone(String name) {
        return name == null || name.isBlank() ? "none" : firstName(name);
    }

    private static Locale locale(String language) {
        return Languages.supported(language).orElse(Languages.ENGLISH);
    }

    /** "en-IN" → "en": template languages are approved per language. */
    private static String primary(String language) {
        return language == null || language.isBlank() ? "en"
                : language.split("[-_]")[0].toLowerCase(Locale.ROOT);
    }
}
