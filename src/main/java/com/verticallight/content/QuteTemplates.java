package com.verticallight.content;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Expression;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.Results;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.TemplateNode.Origin;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Qute engine for templates kept as data (content_template rows): parsed once per text and cached. Plain text
 * (no HTML escaping); an expression with no value renders as it was written ("{offer_hint}") instead of failing.
 */
final class QuteTemplates {

    private static final int MAX_CACHED = 2_000;

    private static final Engine ENGINE = Engine.builder().addDefaults().strictRendering(false)
            .addResultMapper(new KeepUnknown()).build();

    private static final Map<String, Template> PARSED = new ConcurrentHashMap<>();

    private QuteTemplates() {
    }

    static String render(String text, Map<String, String> values) {
        Template template = PARSED.size() < MAX_CACHED ? PARSED.computeIfAbsent(text, ENGINE::parse) : ENGINE.parse(text);
        TemplateInstance instance = template.instance();
        values.forEach(instance::data);
        return instance.render();
    }

    /** Leaves an unresolved expression in the text as written. */
    private static final class KeepUnknown implements ResultMapper {

        @Override
        public boolean appliesTo(Origin origin, Object result) {
            return Results.isNotFound(result);
        }

        @Override
        public String map(Object result, Expression expression) {
            return "{" + expression.toOriginalString() + "}";
        }
    }
}
