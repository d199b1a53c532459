package com.verticallight.content.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.verticallight.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The language model writes when a business enables it; the templates stand in when it fails, is slow or breaks a rule. */
@QuarkusTest
class LlmWriterTest {

    private static final String ENDPOINT = "/llm-content-bot/v1/chat/completions";

    @Inject
    TestClock clock;

    @Inject
    ObjectMapper json;

    private String answer(String content) throws Exception {
        return json.writeValueAsString(Map.of("choices", List.of(Map.of("message",
                Map.of("role", "assistant", "content", content), "finish_reason", "stop"))));
    }

    @Test
    void theLanguageModelWritesThePostsWhenEnabled() throws Exception {
        BotFixture bot = new BotFixture();
        bot.facebook();
        bot.google();
        bot.settings(Map.of("llmEnabled", true));
        String text = "Fresh looks all week at " + bot.name + " in Kolkata. Come say hello!";
        bot.wireMock().stubFor(post(urlEqualTo(ENDPOINT)).withRequestBody(containing(bot.name))
                .willReturn(okJson(answer(text))));

        List<Map<String, Object>> posts = bot.generated(bot.nextWeek(clock, 1));

        assertThat(posts).hasSize(14).allSatisfy(p -> {
            assertThat(p.get("writer")).isEqualTo("LLM");
            assertThat(p.get("text")).isEqualTo(text);
        });
        bot.wireMock().verify(14, postRequestedFor(urlEqualTo(ENDPOINT))
                .withRequestBody(containing(bot.name))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.messages[1].role", equalTo("user"))));
    }

    @Test
    void anOfferTheModelInventedWaitsForTheOwnerWithTheReasonWhileACleanTextIsAutoPublished() throws Exception {
        BotFixture bot = new BotFixture();
        bot.facebook();
        bot.settings(Map.of("llmEnabled", true, "autoPublish", true));
        String week = bot.nextWeek(clock, 1);
        bot.wireMock().stubFor(post(urlEqualTo(ENDPOINT)).withRequestBody(containing(bot.name))
                .willReturn(okJson(answer("fresh offers this week! 20% off at " + bot.name))));

        List<Map<String, Object>> posts = bot.generated(week);

        assertThat(posts).hasSize(7).allSatisfy(p -> {
            assertThat(p.get("writer")).isEqualTo("LLM");
            assertThat(p.get("status")).as("never auto-published").isEqualTo("DRAFT");
            assertThat(p.get("approvedAt")).isNull();
            assertThat((String) p.get("needsReview")).isEqualTo(
                    "mentions a discount the business has not set: '20% off at " + bot.name + "'; "
                            + "mentions an offer the business has not set: 'fresh offers this week'");
        });

        BotFixture clean = new BotFixture();
        clean.facebook();
        clean.settings(Map.of("llmEnabled", true, "autoPublish", true));
        clean.wireMock().stubFor(post(urlEqualTo(ENDPOINT)).withRequestBody(containing(clean.name))
                .willReturn(okJson(answer("Fresh looks all week at " + clean.name + ". Feel free to drop in!"))));

        assertThat(clean.generated(week)).hasSize(7).allSatisfy(p -> {
            assertThat(p.get("status")).isEqualTo("SCHEDULED");
            assertThat(p.get("needsReview")).isNull();
        });
    }

    @Test
    void anOfferTheBusinessSetItselfIsPublished() throws Exception {
        BotFixture bot = new BotFixture();
        bot.facebook();
        bot.settings(Map.of("llmEnabled", true, "autoPublish", true));
        String week = bot.nextWeek(clock, 1);
        java.time.LocalDate monday = java.time.LocalDate.parse(week + "-1",
                java.time.format.DateTimeFormatter.ISO_WEEK_DATE);
        bot.owner.as().body(Map.of("name", "Anniversary sale: 20% off all services", "date", monday.plusDays(3).toString()))
                .post("/api/v1/businesses/" + bot.business + "/content/dates").then().statusCode(201);
        bot.wireMock().stubFor(post(urlEqualTo(ENDPOINT)).withRequestBody(containing(bot.name))
                .withRequestBody(containing("Anniversary sale: 20% off all services"))
                .willReturn(okJson(answer("Our anniversary sale is coming: 20% off all services at " + bot.name + "!"))));

        List<Map<String, Object>> posts = bot.generated(week);

        assertThat(posts).hasSize(7).allSatisfy(p -> {
            assertThat(p.get("writer")).isEqualTo("LLM");
            assertThat(p.get("needsReview")).isNull();
            assertThat(p.get("status")).isEqualTo("SCHEDULED");
        });
    }

    @Test
    void theTemplatesStandInWhenTheModelFails() {
        BotFixture bot = new BotFixture();
        bot.facebook();
        bot.settings(Map.of("llmEnabled", true));
        bot.wireMock().stubFor(post(urlEqualTo(ENDPOINT)).withRequestBody(containing(bot.name))
                .willReturn(aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"overloaded\"}}")));

        List<Map<String, Object>> posts = bot.generated(bot.nextWeek(clock, 1));

        assertThat(posts).hasSize(7).allSatisfy(p -> {
            assertThat(p.get("writer")).isEqualTo("TEMPLATE");
            assertThat((String) p.get("text")).contains(bot.name);
        });
        bot.wireMock().verify(7, postRequestedFor(urlEqualTo(ENDPOINT)).withRequestBody(containing(bot.name)));
    }

    @Test
    void theTemplatesStandInWhenTheModelTakesTooLong() throws Exception {
        BotFixture bot = new BotFixture();
        bot.facebook();
        bot.settings(Map.of("llmEnabled", true));
        bot.wireMock().stubFor(post(urlEqualTo(ENDPOINT)).withRequestBody(containing(bot.name))
                .willReturn(okJson(answer("Too late " + bot.name)).withFixedDelay(2_500)));

        List<Map<String, Object>> posts = bot.generated(bot.nextWeek(clock, 1));

        assertThat(posts).hasSize(7).allSatisfy(p -> {
            assertThat(p.get("writer")).isEqualTo("TEMPLATE");
            assertThat((String) p.get("text")).doesNotContain("Too late");
        });
    }

    @Test
    void anAnswerThatBreaksThePlatformRulesIsReplacedByATemplate() throws Exception {
        BotFixture bot = new BotFixture();
        bot.instagram();
        bot.settings(Map.of("llmEnabled", true));
        bot.wireMock().stubFor(post(urlEqualTo(ENDPOINT)).withRequestBody(containing(bot.name))
                .willReturn(okJson(answer(bot.name + " " + "so much to say ".repeat(160)))));

        List<Map<String, Object>> posts = bot.generated(bot.nextWeek(clock, 1));

        assertThat(posts).hasSize(7).allSatisfy(p -> {
            assertThat(p.get("writer")).isEqualTo("TEMPLATE");
            String text = (String) p.get("text");
            assertThat(text.codePointCount(0, text.length())).isLessThanOrEqualTo(2_200);
        });
    }

    @Test
    void withoutTheSettingTheModelIsNotAsked() {
        BotFixture bot = new BotFixture();
        bot.facebook();

        List<Map<String, Object>> posts = bot.generated(bot.nextWeek(clock, 1));

        assertThat(posts).hasSize(7).allSatisfy(p -> assertThat(p.get("writer")).isEqualTo("TEMPLATE"));
        bot.wireMock().verify(0, postRequestedFor(urlEqualTo(ENDPOINT)).withRequestBody(containing(bot.name)));
        bot.owner.as().get("/api/v1/businesses/" + bot.business + "/content/settings").then().statusCode(200)
                .body("llmConfigured", org.hamcrest.Matchers.equalTo(true))
                .body("llmEnabled", org.hamcrest.Matchers.equalTo(false));
    }
}
