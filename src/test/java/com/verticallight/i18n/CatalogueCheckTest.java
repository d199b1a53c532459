package com.verticallight.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The build check of the message catalogues: every key in every one of the eight languages, the same
 * placeholders as English, patterns ICU can parse, and a header naming the translation source.
 */
class CatalogueCheckTest {

    private static final List<String> CATALOGUES = List.of(Catalogue.MESSAGES, Catalogue.GUIDANCE, Catalogue.PROBLEMS,
            Catalogue.OWNER, Catalogue.CUSTOMER);

    @Test
    void everyKeyIsInEveryLanguageWithTheSamePlaceholders() {
        List<String> problems = new ArrayList<>();
        for (String name : CATALOGUES) {
            Catalogue catalogue = Catalogue.named(name);
            Properties english = catalogue.all().get("en");
            assertTrue(english != null && !english.isEmpty(), name + ": no English catalogue");
            for (Locale language : Languages.SUPPORTED) {
                Properties texts = catalogue.all().get(Catalogue.fileSuffix(language));
                if (texts == null) {
                    problems.add(Catalogue.resource(name, language) + " is missing");
                    continue;
                }
                for (String key : english.stringPropertyNames()) {
                    String pattern = texts.getProperty(key);
                    if (pattern == null || pattern.isBlank()) {
                        problems.add(Catalogue.resource(name, language) + ": no text for " + key);
                    } else if (!placeholders(pattern).equals(placeholders(english.getProperty(key)))) {
                        problems.add(Catalogue.resource(name, language) + ": " + key + " has placeholders "
                                + placeholders(pattern) + " but English has " + placeholders(english.getProperty(key)));
                    }
                }
                for (String key : texts.stringPropertyNames()) {
                    if (!english.containsKey(key)) {
                        problems.add(Catalogue.resource(name, language) + ": " + key + " is not in English");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyCatalogueNamesItsTranslationSource() throws IOException {
        for (String name : CATALOGUES) {
            for (Locale language : Languages.SUPPORTED) {
                String path = Catalogue.resource(name, language);
                try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
                    assertTrue(in != null, path + " is missing");
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    assertTrue(text.lines().limit(5).anyMatch(line -> line.startsWith("# Translation source: ")),
                            path + " does not name its translation source in its header");
                    if (!language.getLanguage().equals("en")) {
                        assertTrue(text.contains("not yet reviewed by a native speaker") || text.contains("Reviewed by "),
                                path + " does not say whether a native speaker reviewed it");
                    }
                }
            }
        }
    }

    /** A problem text is looked up in problems first, then messages: a key in both would hide one of them. */
    @Test
    void noProblemKeyShadowsAMessageKey() {
        Set<String> both = new TreeSet<>(Catalogue.problems().all().get("en").stringPropertyNames());
        both.retainAll(Catalogue.messages().all().get("en").stringPropertyNames());
        assertEquals(Set.of(), both);
    }

    @Test
    void checkNoticesAMissingPlaceholder() {
        assertEquals(Set.of("min", "max"), placeholders("between {min, number, ::group-off} and {max}"));
        assertEquals(Set.of("count", "name"), placeholders("{count, plural, one {# post by {name}} other {# posts}}"));
        assertTrue(!placeholders("{value} or more").equals(placeholders("or more")));
    }

    /** The argument names a pattern uses, including those inside plural and select branches. */
    static Set<String> placeholders(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern); // throws on a pattern ICU cannot parse
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(parsed.getSubstring(part));
            }
        }
        return names;
    }
}
