package com.verticallight.channel.webhook;

import com.verticallight.i18n.Text;
import com.verticallight.platform.problem.ProblemException;

final class WebhookFailures {

    private WebhookFailures() {
    }

    /** The same answer for an unknown connection and a bad signature: nothing to learn by probing. */
    static ProblemException unsigned() {
        return ProblemException.unauthorized(Text.of("channel.webhookSignatureMissingWrong"));
    }
}
