package com.verticallight.content.bot;

import com.verticallight.content.PostDraft;
import io.smallrye.mutiny.Uni;

/** Writes one post for one platform and day: the built-in templates or a language model. */
public interface PostWriter {

    BotPost.Writer kind();

    /** The post; a failure means this writer could not write it (the caller falls back). */
    Uni<PostDraft> write(PostBrief brief);
}
