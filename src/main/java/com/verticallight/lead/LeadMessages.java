package com.verticallight.lead;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.OutboundAction.ActionType;
import com.verticallight.crm.ContactView;
import com.verticallight.lead.LeadDefaults.LeadText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which channel a lead message goes on and what it says. WhatsApp is preferred, then SMS, then email, among the
 * channels the business has connected and the contact can be reached on. WhatsApp outside the 24-hour window takes
 * the approved template (the business name is its parameter); everything else takes the text in the contact's
 * language. Pure.
 */
final class LeadMessages {

    static final List<ChannelKind> PREFERENCE = List.of(ChannelKind.WHATSAPP, ChannelKind.SMS_TWILIO,
            ChannelKind.EMAIL_SENDGRID);

    /** Without a name, the name and what goes with it go: " {name}", "{name} 様、" (ja), "{name}，" (zh). */
    private static final java.util.regex.Pattern NO_NAME = java.util.regex.Pattern.compile(" ?\\{name\\}(?: ?様)?[，、]?");

    private LeadMessages() {
    }

    /**
     * What to send.
     *
     * @param wanted the channel asked for, or null for the preferred one
     * @param freeForm the contact wrote on WhatsApp just now, so WhatsApp may take the text instead of a template
     */
    record Spec(ChannelKind wanted, String templateName, LeadText text, String customText, boolean freeForm) {
    }

    record Outgoing(ResolvedConnection connection, OutboundAction action, String description) {
    }

    static Optional<Outgoing> compose(List<ResolvedConnection> connections, ContactView contact, String businessName,
            Spec spec) {
        for (ChannelKind kind : order(spec.wanted())) {
            Optional<ResolvedConnection> connection = connections.stream().filter(c -> c.kind() == kind).findFirst();
            if (connection.isPresent() && reachable(contact, kind)) {
                return Optional.of(outgoing(connection.get(), contact, businessName, spec));
            }
        }
        return Optional.empty();
    }

    /** The contact's language when texts exist for it ("hi-IN" counts as "hi"), else the business's, else English. */
    static String language(String contactLanguage, String businessLanguage) {
        String contact = primary(contactLanguage);
        if (contact != null) {
            return contact;
        }
        String business = primary(businessLanguage);
        return business == null ? "en" : business;
    }

    static String fill(String text, String businessName, String contactName) {
        String named = contactName == null || contactName.isBlank() ? NO_NAME.matcher(text).replaceAll("")
                : text.replace("{name}", contactName.trim());
        return named.replace("{business}", businessName);
    }

    private static Outgoing outgoing(ResolvedConnection connection, ContactView contact, String businessName,
            Spec spec) {
        String body = fill(spec.customText() != null && !spec.customText().isBlank() ? spec.customText()
                : spec.text().body(), businessName, contact.name());
        return switch (connection.kind()) {
            case WHATSAPP -> spec.freeForm()
                    ? new Outgoing(connection, OutboundAction.text(contact.phone(), body), "WhatsApp message")
                    : new Outgoing(connection, template(contact.phone(), spec.templateName(), spec.text().language(), businessName),
                            "WhatsApp template " + spec.templateName());
            case SMS_TWILIO -> new Outgoing(connection, OutboundAction.text(contact.phone(), body), "SMS");
            default -> new Outgoing(connection, email(contact, fill(spec.text().subject(), businessName, contact.name()),
                    body), "email");
        };
    }

    private static OutboundAction template(String to, String name, String language, String businessName) {
        return new OutboundAction(ActionType.TEMPLATE, to, null, null, null, null, name, language,
                List.of(businessName), null, null, null, null, null, null, null, null, null);
    }

    private static OutboundAction email(ContactView contact, String subject, String body) {
        return new OutboundAction(ActionType.EMAIL, contact.email(), contact.name(), body, null, subject, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    private static List<ChannelKind> order(ChannelKind wanted) {
        List<ChannelKind> order = new ArrayList<>();
        if (wanted != null && PREFERENCE.contains(wanted)) {
            order.add(wanted);
        }
        PREFERENCE.stream().filter(kind -> kind != wanted).forEach(order::add);
        return order;
    }

    private static boolean reachable(ContactView contact, ChannelKind kind) {
        return kind == ChannelKind.EMAIL_SENDGRID ? contact.email() != null : contact.phone() != null;
    }

    private static String primary(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        return tag.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
    }
}
