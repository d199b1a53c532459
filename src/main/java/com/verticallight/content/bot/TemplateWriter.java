package com.verticallight.content.bot;

import com.verticallight.content.ContentGenerator;
import com.verticallight.content.PostDraft;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The built-in generator: templates, themes, festivals and the business's own dates; texts not used lately. */
@ApplicationScoped
public class TemplateWriter implements PostWriter {

    @Inject
    ContentGenerator generator;

    @Override
    public BotPost.Writer kind() {
        return BotPost.Writer.TEMPLATE;
    }

    /** Joins the caller's session when there is one. */
    @Override
    public Uni<PostDraft> write(PostBrief brief) {
        return Panache.withSession(() -> generator.weeklyPost(brief.business(), brief.platform(), brief.date(),
                brief.ownDates(), brief.avoid()));
    }
}
