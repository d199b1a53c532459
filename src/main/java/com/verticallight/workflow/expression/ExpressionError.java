package com.verticallight.workflow.expression;

/** An expression that does not parse or type-check (at save time), or that fails while it runs. */
public class ExpressionError extends RuntimeException {

    public ExpressionError(String message) {
        super(message, null, false, false);
    }
}
