package com.verticallight.channel.webhook;

import com.verticallight.platform.problem.ProblemException;

final class WebhookFailures {

    private WebhookFailures() {
    }

    /** The same answer for an unknown connection and a bad signature: nothing to learn by probing. */
    static ProblemException unsigned() {
        return ProblemException.unauthorized("The webhook signature is missing or wrong");
    }
}
