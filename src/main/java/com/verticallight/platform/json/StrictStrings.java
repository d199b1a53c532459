package com.verticallight.platform.json;

import com.verticallight.i18n.Text;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.verticallight.platform.problem.ProblemException;
import java.io.IOException;

/** Text in request bodies: only JSON strings, and none with a control character other than tab and line breaks. */
public final class StrictStrings {

    public static final String CONTROL_CHARACTERS = "must not contain control characters (such as NUL)";

    private StrictStrings() {
    }

    /** True when {@code text} holds a C0 control character other than tab, carriage return and line feed. */
    public static boolean hasControlCharacter(String text, boolean allowLineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && !(allowLineBreaks && (c == '\t' || c == '\n' || c == '\r'))) {
                return true;
            }
        }
        return false;
    }

    /** A raw text body (CSV, form) with a control character other than tab and line breaks is a 400 naming it. */
    public static String requireNoControlCharacters(String field, String text) {
        if (text != null && hasControlCharacter(text, true)) {
            throw ProblemException.invalid(field, com.verticallight.i18n.Text.of("error.controlCharacters"));
        }
        return text;
    }

    /** A string value; a number, boolean, array or object where text is expected is refused. */
    static final class Values extends StdScalarDeserializer<String> {

        Values() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            return checked(p.getText(), p);
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** A map key (platform ids, credentials...). */
    static final class Keys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            return checked(key, ctxt.getParser());
        }
    }

    private static String checked(String text, JsonParser p) throws MismatchedInputException {
        if (hasControlCharacter(text, true)) {
            throw new ControlCharacter(p);
        }
        return text;
    }

    /** Text with a control character; ProblemMappers names the field and says why. */
    public static final class ControlCharacter extends MismatchedInputException {

        ControlCharacter(JsonParser p) {
            super(p, "Text " + CONTROL_CHARACTERS, String.class);
        }
    }
}
