package com.verticallight.workflow.step;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.platform.problem.Problem.FieldError;
import com.verticallight.workflow.expression.Expressions;
import com.verticallight.workflow.expression.Expressions.Kind;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A definition check's messages are catalogue texts: English as the API always wrote them, and the reader's. */
class StepValidationTest {

    private static final Locale HINDI = Locale.forLanguageTag("hi");

    private final StepValidation validation = new StepValidation(new Expressions());

    @Test
    void anExpressionsOwnReasonIsTranslatedAndCelsDiagnosticIsQuotedAsItIs() {
        validation.expression("steps[a].settings.expression", "true && ".repeat(600) + "true", Kind.BOOL);
        validation.expression("steps[b].settings.expression", "trigger.budget >", Kind.BOOL);
        FieldError tooLong = validation.errors().get(0);
        FieldError broken = validation.errors().get(1);

        assertThat(tooLong.message()).isEqualTo("is not a valid expression: is longer than 4000 characters");
        assertThat(tooLong.in(HINDI).message()).isEqualTo("सही expression नहीं है: 4000 अक्षरों से लंबा है");
        assertThat(broken.message()).startsWith("is not a valid expression: ");
        String diagnostic = broken.message().substring("is not a valid expression: ".length());
        assertThat(broken.in(HINDI).message()).isEqualTo("सही expression नहीं है: " + diagnostic);
    }

    @Test
    void choicesAndRangesKeepTheirCodesInEveryLanguage() {
        validation.oneOf("steps[j].settings.join", "all, first, any");
        validation.wholeNumberFrom("steps[l].settings.maxItems", 1, 1000);

        assertThat(validation.errors()).extracting(FieldError::message)
                .containsExactly("must be one of all, first, any", "must be a whole number from 1 to 1000");
        assertThat(validation.errors()).extracting(e -> e.in(HINDI).message())
                .containsExactly("all, first, any में से एक होना चाहिए", "1 से 1000 तक की पूर्ण संख्या होनी चाहिए");
    }
}
