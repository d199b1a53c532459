package com.verticallight.lead;

import com.verticallight.i18n.Catalogue;
import com.verticallight.i18n.Languages;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The words of a WhatsApp template other than the lead texts (review requests, referral codes, reminders), as the
 * customer catalogue writes them (whatsapp.&lt;template name&gt;, parameters p1, p2, …): what the approved template
 * sends, shown in the conversation instead of the template's name.
 */
final class TemplateWords {

    private TemplateWords() {
    }

    static Optional<String> of(OutboundText.Template template) {
        String key = "whatsapp." + template.name();
        if (!Catalogue.customer().has(key)) {
            return Optional.empty();
        }
        Map<String, Object> args = new HashMap<>();
        for (int i = 0; i < template.parameters().size(); i++) {
            args.put("p" + (i + 1), template.parameters().get(i));
        }
        return Optional.of(Catalogue.customer().format(
                Languages.supported(template.language()).orElse(Languages.ENGLISH), key, args));
    }
}
