package com.verticallight.channel.connector.meta;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connector.Actions;
import com.verticallight.channel.connector.Json;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.PlatformFailure;

/** The JSON bodies of WhatsApp Cloud API messages (text, template, image, document). */
final class WhatsAppMessages {

    private WhatsAppMessages() {
    }

    static ObjectNode build(OutboundAction action) {
        return switch (action.type()) {
            case TEXT -> text(action);
            case TEMPLATE -> template(action);
            case MEDIA -> media(action);
            default -> throw Actions.unsupported(action.type(), ChannelKind.WHATSAPP);
        };
    }

    private static ObjectNode envelope(OutboundAction action, String type) {
        ObjectNode message = Json.object();
        message.put("messaging_product", "whatsapp");
        message.put("recipient_type", "individual");
        message.put("to", digits(action.to()));
        message.put("type", type);
        return message;
    }

    /** E.164 without the leading '+', as the Cloud API expects ("919812345678"). */
    static String digits(String to) {
        String value = to != null && !to.startsWith("+") ? "+" + to : to;
        return Actions.e164(value, "to").substring(1);
    }

    private static ObjectNode text(OutboundAction action) {
        String body = Actions.require(action.text(), "text");
        ObjectNode message = envelope(action, "text");
        message.putObject("text").put("preview_url", false).put("body", body);
        return message;
    }

    private static ObjectNode template(OutboundAction action) {
        String name = Actions.require(action.templateName(), "templateName");
        String language = Actions.require(action.language(), "language");
        ObjectNode message = envelope(action, "template");
        ObjectNode template = message.putObject("template");
        template.put("name", name);
        template.putObject("language").put("code", language);
        if (action.parameters() != null && !action.parameters().isEmpty()) {
            ArrayNode parameters = template.putArray("components").addObject().put("type", "body")
                    .putArray("parameters");
            action.parameters().forEach(value -> parameters.addObject().put("type", "text").put("text", value));
        }
        return message;
    }

    private static ObjectNode media(OutboundAction action) {
        String link = Actions.require(action.mediaUrl(), "mediaUrl");
        String kind = action.mediaKind() == null ? "image" : action.mediaKind();
        if (!kind.equals("image") && !kind.equals("document")) {
            throw PlatformFailure.rejected("\"mediaKind\" must be image or document, not " + kind);
        }
        ObjectNode message = envelope(action, kind);
        ObjectNode media = message.putObject(kind).put("link", link);
        Json.putIfPresent(media, "caption", action.text());
        if (kind.equals("document")) {
            Json.putIfPresent(media, "filename", action.fileName());
        }
        return message;
    }
}
