package com.verticallight.channel.connector.sendgrid;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.verticallight.channel.connector.Actions;
import com.verticallight.channel.connector.Json;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.PlatformFailure;
import java.util.Map;
import java.util.TreeMap;

/** The Mail Send body: personalizations, from, subject, plain text before HTML, custom args as strings. */
final class SendGridMail {

    private SendGridMail() {
    }

    static ObjectNode build(OutboundAction action, String fromEmail, String fromName) {
        String to = Actions.require(action.to(), "to");
        String subject = Actions.require(action.subject(), "subject");
        if (action.text() == null && action.html() == null) {
            throw PlatformFailure.rejected("The action needs \"text\" or \"html\"");
        }
        ObjectNode mail = Json.object();
        ObjectNode recipient = mail.putArray("personalizations").addObject().putArray("to").addObject();
        Json.putIfPresent(recipient.put("email", to), "name", action.toName());
        Json.putIfPresent(mail.putObject("from").put("email", fromEmail), "name", fromName);
        mail.put("subject", subject);
        ArrayNode content = mail.putArray("content");
        if (action.text() != null) {
            content.addObject().put("type", "text/plain").put("value", action.text());
        }
        if (action.html() != null) {
            content.addObject().put("type", "text/html").put("value", action.html());
        }
        if (action.data() != null && !action.data().isEmpty()) {
            ObjectNode customArgs = mail.putObject("custom_args");
            customArgs(action.data()).forEach(customArgs::put);
        }
        return mail;
    }

    /** SendGrid accepts only string values in custom_args; nulls are left out, keys sorted. */
    private static Map<String, String> customArgs(Map<String, Object> data) {
        Map<String, String> args = new TreeMap<>();
        data.forEach((name, value) -> {
            if (value != null) {
                args.put(name, String.valueOf(value));
            }
        });
        return args;
    }
}
