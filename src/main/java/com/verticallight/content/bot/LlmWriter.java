package com.verticallight.content.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.verticallight.channel.ChannelKind;
import com.verticallight.content.PostDraft;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a post with an OpenAI-compatible chat-completions endpoint: {@code POST {base}/v1/chat/completions} with
 * the model and messages, the text from {@code choices[0].message.content}. Fails (so the caller falls back to the
 * templates) on an error status, a timeout, or an answer that breaks the platform's rules.
 */
@ApplicationScoped
public class LlmWriter implements PostWriter {

    private static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\p{N}_]+");

    @Inject
    LlmConfig config;

    @Inject
    Vertx vertx;

    @Inject
    ObjectMapper json;

    private WebClient client;

    @PostConstruct
    void init() {
        client = WebClient.create(vertx, new WebClientOptions().setUserAgent("VerticalLightOS/0.1")
                .setConnectTimeout((int) config.timeout().toMillis()));
    }

    @Override
    public BotPost.Writer kind() {
        return BotPost.Writer.LLM;
    }

    int concurrency() {
        return config.concurrency();
    }

    public boolean configured() {
        return config.baseUrl().filter(url -> !url.isBlank()).isPresent();
    }

    @Override
    public Uni<PostDraft> write(PostBrief brief) {
        if (!configured() || brief.basis() == null) {
            return Uni.createFrom().failure(new IllegalStateException("No language model is configured"));
        }
        String url = config.baseUrl().get().replaceAll("/+$", "") + "/v1/chat/completions";
        HttpRequest<Buffer> request = client.postAbs(url).timeout(config.timeout().toMillis())
                .putHeader("Content-Type", "application/json");
        config.apiKey().filter(key -> !key.isBlank()).ifPresent(key -> request.putHeader("Authorization", "Bearer " + key));
        return request.sendBuffer(Buffer.buffer(body(brief)))
                .ifNoItem().after(config.timeout().plusMillis(250)).fail()
                .map(response -> answer(response, brief));
    }

    private String body(PostBrief brief) {
        ObjectNode body = json.createObjectNode().put("model", config.model()).put("temperature", 0.7)
                .put("max_tokens", 700);
        body.putArray("messages")
                .add(json.createObjectNode().put("role", "system").put("content", LlmPrompt.system(brief)))
                .add(json.createObjectNode().put("role", "user").put("content", LlmPrompt.user(brief)));
        return body.toString();
    }

    private PostDraft answer(HttpResponse<Buffer> response, PostBrief brief) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("The language model answered HTTP " + response.statusCode());
        }
        String text;
        try {
            JsonNode content = json.readTree(response.bodyAsString()).path("choices").path(0).path("message")
                    .path("content");
            text = content.isTextual() ? content.asText().strip() : "";
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The language model's answer is not JSON");
        }
        var errors = PostRules.textErrors(brief.platform(), text);
        if (brief.platform() == ChannelKind.GOOGLE_BUSINESS_PROFILE && HASHTAG.matcher(text).find()) {
            throw new IllegalStateException("The language model put hashtags in a Google post");
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The language model's post breaks the rules: " + errors.get(0).message());
        }
        PostDraft basis = brief.basis();
        return new PostDraft(text, hashtags(text), basis.theme(), basis.festival(), basis.language(),
                basis.needsImage());
    }

    private static List<String> hashtags(String text) {
        Matcher m = HASHTAG.matcher(text);
        List<String> tags = new java.util.ArrayList<>();
        while (m.find()) {
            tags.add(m.group());
        }
        return tags;
    }

}
