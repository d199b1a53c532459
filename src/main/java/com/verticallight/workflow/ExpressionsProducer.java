package com.verticallight.workflow;

import com.verticallight.workflow.expression.Expressions;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One CEL environment and program cache for the service. */
public class ExpressionsProducer {

    @Produces
    @Singleton
    Expressions expressions() {
        return new Expressions();
    }
}
