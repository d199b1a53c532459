package com.verticallight.channel.webhook;

import com.verticallight.i18n.Text;
import com.verticallight.platform.json.StrictStrings;
import com.verticallight.platform.problem.ProblemException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decodes Twilio's application/x-www-form-urlencoded body. A malformed escape ("%zz") or a control character
 * is a 400 naming the body, never a failure deep in the HTTP layer; the first value of a repeated name counts.
 */
final class TwilioForm {

    private TwilioForm() {
    }

    static Map<String, String> parse(String body) {
        Map<String, String> params = new TreeMap<>();
        if (body == null || body.isEmpty()) {
            return params;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            params.putIfAbsent(name, value);
        }
        return params;
    }

    private static String decode(String text) {
        String decoded;
        try {
            decoded = URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("body", Text.of("channel.notValidApplicationXWww"));
        }
        return StrictStrings.requireNoControlCharacters("body", decoded);
    }
}
