package com.verticallight.workflow.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.verticallight.workflow.expression.Expressions.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionsTest {

    private final Expressions cel = new Expressions();
    private final Instant now = Instant.parse("2026-12-07T04:00:00Z");
    private final Variables lead = new Variables(Map.of("name", "Asha", "budget", 25000, "tags", List.of("vip")),
            Map.of("score", Map.of("output", Map.of("value", 0.8))), Map.of("timeZone", "Asia/Kolkata"),
            Map.of("discount", 10), now);

    @Test
    void aConditionReadsTheTriggerAndComparesIntegersWithDoubles() {
        assertThat(cel.test("trigger.budget > 20000", lead)).isTrue();
        assertThat(cel.test("trigger.budget > 20000.5 && 'vip' in trigger.tags", lead)).isTrue();
        assertThat(cel.test("steps.score.output.value >= 0.9", lead)).isFalse();
        assertThat(cel.test("vars.discount == 10", lead)).isTrue();
    }

    @Test
    void nowIsATimestampOfTheInjectedClock() {
        assertThat(cel.test("now > timestamp('2026-12-01T00:00:00Z')", lead)).isTrue();
        assertThat(cel.evaluate("now + duration('2h')", Kind.ANY, lead)).isEqualTo("2026-12-07T06:00:00Z");
    }

    @Test
    void aScriptComputesAMapOfPlainValues() {
        Map<String, Object> vars = cel.map("{'total': trigger.budget * 2, 'hot': trigger.budget > 20000, "
                + "'greeting': 'Hi ' + trigger.name, 'nothing': null}", lead);
        assertThat(vars).containsEntry("total", 50000L).containsEntry("hot", true)
                .containsEntry("greeting", "Hi Asha").containsEntry("nothing", null);
    }

    @Test
    void aTemplateRendersEachExpression() {
        assertThat(cel.render("Hello {{trigger.name}}, budget Rs {{ trigger.budget }} ({{vars.discount}}% off)", lead))
                .isEqualTo("Hello Asha, budget Rs 25000 (10% off)");
        assertThat(cel.render("no expressions", lead)).isEqualTo("no expressions");
    }

    @Test
    void aSyntaxErrorOrAWrongResultTypeIsATypedErrorAtCheckTime() {
        assertThatThrownBy(() -> cel.check("trigger.budget >", Kind.BOOL)).isInstanceOf(ExpressionError.class);
        assertThatThrownBy(() -> cel.check("'text'", Kind.BOOL)).isInstanceOf(ExpressionError.class)
                .hasMessageContaining("bool");
        assertThatThrownBy(() -> cel.check("unknownVariable == 1", Kind.BOOL)).isInstanceOf(ExpressionError.class)
                .hasMessageContaining("unknownVariable");
        assertThatThrownBy(() -> cel.checkTemplate("Hi {{trigger.name +}}")).isInstanceOf(ExpressionError.class);
        assertThatThrownBy(() -> cel.check("1 + 'a' == 2", Kind.BOOL)).isInstanceOf(ExpressionError.class);
    }

    @Test
    void noJavaClassesAreReachable() {
        assertThatThrownBy(() -> cel.check("java.lang.Runtime.getRuntime() != null", Kind.BOOL))
                .isInstanceOf(ExpressionError.class);
    }

    @Test
    void aRuntimeFailureIsAnExpressionError() {
        assertThatThrownBy(() -> cel.test("trigger.missing == 1", lead)).isInstanceOf(ExpressionError.class);
        assertThatThrownBy(() -> cel.evaluate("1 / (trigger.budget - 25000)", Kind.ANY, lead))
                .isInstanceOf(ExpressionError.class);
    }

    @Test
    void comprehensionsAreBoundedInIterations() {
        assertThatThrownBy(() -> cel.test("[1,2,3,4,5,6,7,8,9,10].all(a, [1,2,3,4,5,6,7,8,9,10].all(b, "
                + "[1,2,3,4,5,6,7,8,9,10].all(c, [1,2,3,4,5,6,7,8,9,10].all(d, a + b + c + d > 0))))", lead))
                .isInstanceOf(ExpressionError.class);
        assertThat(cel.test("trigger.tags.exists(t, t == 'vip')", lead)).isTrue();
    }

    @Test
    void anOverlongExpressionIsRefused() {
        assertThatThrownBy(() -> cel.check("1 == 1 && ".repeat(500) + "true", Kind.BOOL))
                .isInstanceOf(ExpressionError.class);
    }
}
