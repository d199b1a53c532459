package com.verticallight.content.bot;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The OpenAI-compatible chat-completions endpoint (OpenAI, Ollama, vLLM) the bot writes with, for businesses whose
 * content settings enable it. Without a base URL the bot writes from the built-in templates only.
 */
@ConfigMapping(prefix = "vlos.content.llm")
public interface LlmConfig {

    /** e.g. https://api.openai.com or http://localhost:11434 (the path /v1/chat/completions is added). */
    Optional<String> baseUrl();

    Optional<String> apiKey();

    @WithDefault("gpt-4o-mini")
    String model();

    @WithDefault("PT20S")
    Duration timeout();

    /** How many posts are written at the same time. */
    @WithDefault("4")
    int concurrency();
}
