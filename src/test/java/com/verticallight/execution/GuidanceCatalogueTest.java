package com.verticallight.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.verticallight.i18n.Catalogue;
import com.verticallight.i18n.Languages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The guidance catalogue renders as written: one apostrophe where the file doubles it, literal braces in API examples. */
class GuidanceCatalogueTest {

    private static final Catalogue TEXTS = Catalogue.named(Catalogue.GUIDANCE);
    private static final Locale FRENCH = Locale.forLanguageTag("fr");
    private static final Locale HINDI = Locale.forLanguageTag("hi");

    @Test
    void aDoubledApostropheReadsAsOne() {
        assertEquals("Reconnectez l'e-mail (SendGrid)", TEXTS.format(FRENCH, "reconnect-email-sendgrid.title"));
        assertEquals("Copiez la clé tout de suite ; SendGrid ne l'affiche qu'une fois.",
                TEXTS.format(FRENCH, "reconnect-email-sendgrid.steps.2"));
        assertEquals("Publish today's post yourself", TEXTS.format(Locale.ENGLISH, "publish-post-manually.title"));
        assertEquals("Sign in at dashboard.razorpay.com with the account that receives your customers' payments.",
                TEXTS.format(Locale.ENGLISH, "reconnect-razorpay.steps.0"));
    }

    @Test
    void apiExamplesKeepTheirBraces() {
        assertEquals("Answer in the app (Workflows > Executions > the waiting execution) or through the API: "
                        + "POST /api/v1/workflow-executions/{id}/approvals/{step} with {\"decision\":\"approve\"} "
                        + "or {\"decision\":\"reject\",\"comment\":\"why\"}.",
                TEXTS.format(Locale.ENGLISH, "workflow-approval.steps.2"));
        assertTrue(TEXTS.format(HINDI, "outbox-dead-letter.steps.3")
                .contains("POST /api/v1/outbox/dead-letters/{deadLetterId}/replay"));
    }

    /** Every text in every language: no apostrophe lost or left doubled, no brace swallowed by ICU quoting. */
    @Test
    void everyTextRendersAsItsFileWritesIt() {
        List<String> wrong = new ArrayList<>();
        for (Locale language : Languages.SUPPORTED) {
            Properties patterns = TEXTS.all().get(Catalogue.fileSuffix(language));
            for (String key : patterns.stringPropertyNames()) {
                String pattern = patterns.getProperty(key);
                String expected = pattern.replace("''", "'").replace("'{", "{").replace("}'", "}");
                String rendered = TEXTS.format(language, key);
                if (!rendered.equals(expected) || rendered.contains("''")) {
                    wrong.add(language + " " + key + ": " + rendered);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void anEntryReadsFromTheCatalogueAndTheTableOnlyFillsKeysItLacks() {
        Guidance whatsapp = entry("reconnect-whatsapp", List.of("English step from the table"));
        GuidanceView hindi = GuidanceView.of(whatsapp, HINDI);
        assertEquals("कनेक्शन जाँचें दबाएँ और देखें कि यह हरा हो जाए।", hindi.steps().get(4));
        assertEquals(6, hindi.steps().size());
        assertEquals("WhatsApp Manager में फ़ोन नंबर Connected दिखा रहा है", hindi.checklist().get(1));

        GuidanceView unknown = GuidanceView.of(entry("added-by-an-operator", List.of("Call the supplier.")), HINDI);
        assertEquals(List.of("Call the supplier."), unknown.steps());
        assertEquals("Title from the table", unknown.title());
    }

    private static Guidance entry(String key, List<String> steps) {
        Guidance g = new Guidance();
        g.key = key;
        g.title = "Title from the table";
        g.category = "channel-connection";
        g.steps = steps;
        g.checklist = List.of("Checked");
        g.talkingPoints = List.of("Said");
        g.estimatedMinutes = 10;
        g.potentialImpact = "Impact from the table";
        return g;
    }
}
