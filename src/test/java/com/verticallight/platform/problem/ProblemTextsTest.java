package com.verticallight.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.verticallight.i18n.Catalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build check that problem details and validation messages come from the problems catalogue, not from English
 * sentences in domain code. The factories of {@link ProblemException} and {@link Problem.FieldError} take catalogue
 * texts only (notFound takes the thing's English noun, which names its key notFound.&lt;noun&gt;), so the compiler
 * refuses a sentence passed as a String; this test scans src/main/java for what the
 * compiler cannot see:
 * <ul>
 * <li>a sentence (a string literal with a space) among the arguments of ProblemException.*, new ProblemException,
 * Problem.of, FieldError.of/keyed, Text.of, the NotEnoughData/NotInTier/PlanLimitExceeded exceptions, and the
 * workflow definition checks ({@code validation.error(…)}, {@code v.error(…)} on a StepValidation: the step types'
 * and triggers' settings checks);</li>
 * <li>a FieldError built with its record constructor (an English message with no catalogue text) outside the
 * problem package itself;</li>
 * <li>a Bean Validation constraint with a literal {@code message = "..."} instead of a {@code {catalogue.key}};</li>
 * <li>a literal catalogue key (Text.of("…"), FieldError.keyed(…, "…"), validation.error(…, "…")) that no catalogue
 * has in English.</li>
 * </ul>
 * Not covered: sentences built in a helper method and passed on as a variable to a non-problem API (for example an
 * IllegalArgumentException thrown by a record's constructor, whose message the JSON mapper shows as it is).
 */
class ProblemTextsTest {

    private static final Path SOURCES = Path.of("src/main/java/com/verticallight");
    /** A workflow definition check's error: StepValidation.error(field, key[, args]) through its usual names. */
    private static final String DEFINITION_CHECK = "\\b(?:v|\\w*[vV]alidation)\\.error";
    private static final Pattern CALL = Pattern.compile("(ProblemException\\.(?!notFound)\\w+|new ProblemException|Problem\\.of"
            + "|FieldError\\.(?:of|keyed)|Text\\.of|new (?:NotEnoughData|NotInTier|PlanLimitExceeded)"
            + "|" + DEFINITION_CHECK + ")\\(");
    private static final Pattern RECORD_CONSTRUCTOR = Pattern.compile("new (?:Problem\\.)?FieldError\\(");
    private static final Pattern LITERAL_MESSAGE = Pattern.compile("@\\w+\\([^)]*\\bmessage = \"(?!\\{)");
    private static final Pattern LITERAL_KEY = Pattern.compile(
            "(?:Text\\.of\\(|FieldError\\.keyed\\([^,]+,\\s*|invalidKeyed\\([^,]+,\\s*|" + DEFINITION_CHECK + "\\([^,]+,\\s*)\"([A-Za-z0-9_.-]+)\"(?=\\s*[,)])");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Files allowed to build a FieldError from an English text: the mapper of unkeyed constraints, the guards. */
    private static final Set<String> RECORD_CONSTRUCTOR_ALLOWED = Set.of("platform/problem/ProblemMappers.java",
            "platform/problem/Problem.java");

    @Test
    void domainCodeThrowsNoEnglishSentences() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            String relative = SOURCES.relativize(file).toString().replace('\\', '/');
            if (relative.startsWith("i18n/")) {
                continue;
            }
            String source = Files.readString(file);
            sentencesIn(source).forEach(sentence -> found.add(relative + ": " + sentence));
            if (!RECORD_CONSTRUCTOR_ALLOWED.contains(relative) && RECORD_CONSTRUCTOR.matcher(source).find()) {
                found.add(relative + ": builds a FieldError without a catalogue text (use FieldError.of)");
            }
            Matcher literal = LITERAL_MESSAGE.matcher(source);
            while (literal.find()) {
                found.add(relative + ": a constraint message is a literal, not a {catalogue.key}");
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void everyLiteralKeyIsInACatalogue() throws IOException {
        List<String> unknown = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher key = LITERAL_KEY.matcher(Files.readString(file));
            while (key.find()) {
                if (!Catalogue.holding(key.group(1)).has(key.group(1))) {
                    unknown.add(SOURCES.relativize(file) + ": " + key.group(1));
                }
            }
        }
        assertEquals(List.of(), unknown);
    }

    @Test
    void theScanNoticesASentenceButNotAKeyOrAFieldName() {
        assertEquals(List.of("must be after from"),
                sentencesIn("throw ProblemException.invalid(\"to\", Text.of(\"must be after from\"));"));
        assertEquals(List.of("The job is "), sentencesIn("""
                throw new ProblemException(Problem.of(409, "Conflict",
                        "The job is " + status));"""));
        assertEquals(List.of(), sentencesIn(
                "throw ProblemException.invalid(\"sales[\" + i + \"].phone\", Text.of(\"field.required\"));"));
        assertEquals(List.of(), sentencesIn("new ProblemException(Problem.of(429, \"Too Many Requests\", text))"));
        assertEquals(List.of("must be one of "), sentencesIn(
                "validation.error(step.setting(\"join\"), \"must be one of \" + JOINS);"));
        assertEquals(List.of("leads to no step '"), sentencesIn("v.error(step.field(field), \"leads to no step '\" + t);"));
        assertEquals(List.of(), sentencesIn("validation.error(step.setting(\"join\"), \"workflow.definition.missed\");"));
        Matcher key = LITERAL_KEY.matcher("validation.error(step.setting(\"join\"), \"workflow.definition.missed\");");
        assertTrue(key.find() && key.group(1).equals("workflow.definition.missed"));
        assertTrue(LITERAL_MESSAGE.matcher("@Pattern(regexp = \"x\", message = \"must be x\")").find());
    }

    /** String literals with a space inside problem-building calls, except the English status titles. */
    static List<String> sentencesIn(String source) {
        Set<String> titles = Catalogue.messages().all().get("en").stringPropertyNames().stream()
                .filter(key -> key.startsWith("problem.title."))
                .map(key -> Catalogue.messages().all().get("en").getProperty(key))
                .collect(Collectors.toSet());
        List<String> sentences = new ArrayList<>();
        Matcher call = CALL.matcher(source);
        int scanned = 0;
        while (call.find()) {
            if (call.start() < scanned) {
                continue; // a call inside the arguments of one already scanned
            }
            scanned = closingParenthesis(source, call.end());
            String arguments = source.substring(call.end(), scanned);
            Matcher string = STRING.matcher(arguments);
            while (string.find()) {
                String text = string.group(1);
                if (text.contains(" ") && text.matches(".*\\p{L}.*") && !titles.contains(text)) {
                    sentences.add(text);
                }
            }
        }
        return sentences;
    }

    private static int closingParenthesis(String source, int from) {
        int depth = 1;
        boolean inString = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return source.length();
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
