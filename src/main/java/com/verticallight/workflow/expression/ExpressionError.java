package com.verticallight.workflow.expression;

import com.verticallight.i18n.Languages;
import com.verticallight.i18n.Text;

/**
 * An expression that does not parse or type-check (at save time), or that fails while it runs. Its own reasons
 * (empty, too long) are catalogue texts; CEL's diagnostics are quoted as CEL wrote them.
 */
public class ExpressionError extends RuntimeException {

    private final transient Text reason;

    public ExpressionError(String message) {
        super(message, null, false, false);
        this.reason = null;
    }

    /** A reason of our own, from the problems catalogue; its English is the message. */
    public ExpressionError(Text reason) {
        super(reason.in(Languages.ENGLISH), null, false, false);
        this.reason = reason;
    }

    /** The reason as a catalogue text, or null when it is CEL's own diagnostic (then see getMessage). */
    public Text reason() {
        return reason;
    }
}
