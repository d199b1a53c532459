package com.verticallight.content.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import com.verticallight.channel.connector.meta.InstagramCaption;
import com.verticallight.job.JobRunner;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContentBotTest {

    @Inject
    JobRunner runner;

    @Inject
    TestClock clock;

    @Inject
    Sql sql;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Runs every due job (other tests' too), batch after batch. */
    private void runDue() {
        for (int i = 0; i < 50 && runner.runDue("content-bot").await().atMost(Duration.ofSeconds(60)) > 0; i++) {
            // next batch
        }
    }

    private void moveTo(Instant at) {
        clock.advance(Duration.between(clock.instant(), at));
    }

    private static Map<String, Object> first(List<Map<String, Object>> posts, String platform) {
        return posts.stream().filter(p -> platform.equals(p.get("platform"))).findFirst().orElseThrow();
    }

    @Test
    void theBotFillsTheWeekWithAPostPerConnectedPlatformAndDayWithinEachPlatformsRules() {
        BotFixture bot = new BotFixture();
        bot.facebook();
        bot.instagram();
        bot.google();
        String week = bot.nextWeek(clock, 1);

        List<Map<String, Object>> posts = bot.generated(week);

        assertThat(posts).hasSize(21);
        assertThat(posts.stream().map(p -> (String) p.get("date")).collect(Collectors.toSet())).hasSize(7);
        assertThat(posts).allSatisfy(p -> {
            assertThat(p.get("status")).isEqualTo("DRAFT");
            assertThat(p.get("isoWeek")).isEqualTo(week);
            assertThat(p.get("writer")).isEqualTo("TEMPLATE");
            assertThat((String) p.get("text")).contains(bot.name);
            LocalTime local = LocalDateTime.parse((String) p.get("scheduledLocal")).toLocalTime();
            assertThat(local).as("the salon's posting windows start at 09:00 and 17:00")
                    .isIn(LocalTime.of(9, 0), LocalTime.of(17, 0));
        });
        posts.stream().filter(p -> p.get("platform").equals("INSTAGRAM")).forEach(p -> {
            String text = (String) p.get("text");
            assertThat(text.codePointCount(0, text.length())).isLessThanOrEqualTo(2_200);
            assertThat(InstagramCaption.hashtags(text)).isBetween(1, 30);
            assertThat(p.get("needsImage")).isEqualTo(true);
        });
        posts.stream().filter(p -> p.get("platform").equals("GOOGLE_BUSINESS_PROFILE")).forEach(p -> {
            String text = (String) p.get("text");
            assertThat(text.codePointCount(0, text.length())).isLessThanOrEqualTo(1_500);
            assertThat(text).doesNotContain("#");
            assertThat(p.get("callToAction")).as("no website: call").isEqualTo("CALL");
        });

        List<Map<String, Object>> again = bot.generated(week);
        assertThat(again.stream().map(p -> p.get("id")).toList()).as("the same week, not a second one")
                .containsExactlyInAnyOrderElementsOf(posts.stream().map(p -> p.get("id")).toList());
        bot.owner.as().get("/api/v1/businesses/" + bot.business + "/content/weeks/" + week + "/posts?status=DRAFT")
                .then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(21));
        bot.owner.as().post("/api/v1/businesses/" + bot.business + "/content/weeks/2026-W77/generate")
                .then().statusCode(400).body("errors.field", hasItem("isoWeek"));
    }

    @Test
    void anApprovedPostIsPublishedAtItsTimeWithItsExactTextAndCountedInTheLedger() {
        BotFixture bot = new BotFixture();
        bot.facebook();
        bot.google();
        List<Map<String, Object>> posts = bot.generated(bot.nextWeek(clock, 1));
        Map<String, Object> facebook = first(posts, "FACEBOOK_PAGE");
        Map<String, Object> google = first(posts, "GOOGLE_BUSINESS_PROFILE");
        String facebookId = (String) facebook.get("id");
        String text = "Monsoon hair care week at " + bot.name + "! Drop by for a quick consultation.";
        bot.owner.as().body(Map.of("text", text)).patch("/api/v1/content/posts/" + facebookId)
                .then().statusCode(200);
        bot.owner.as().post("/api/v1/content/posts/" + facebookId + "/approve").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("SCHEDULED"));
        bot.owner.as().post("/api/v1/content/posts/" + google.get("id") + "/approve").then().statusCode(200);
        Instant at = Instant.parse((String) facebook.get("scheduledAt"));

        moveTo(at.minusSeconds(120));
        runDue();
        bot.wireMock().verify(0, postRequestedFor(urlEqualTo("/v21.0/" + bot.page + "/feed")));

        moveTo(at.plusSeconds(30));
        runDue();
        bot.wireMock().verify(1, postRequestedFor(urlEqualTo("/v21.0/" + bot.page + "/feed"))
                .withRequestBody(matchingJsonPath("$.message", equalTo(text))));
        var published = bot.view(facebookId);
        assertThat(published.getString("status")).isEqualTo("PUBLISHED");
        assertThat(published.getString("platformPostId")).isEqualTo(bot.page + "_77");
        assertThat(published.getBoolean("simulated")).isFalse();

        moveTo(Instant.parse((String) google.get("scheduledAt")).plusSeconds(30));
        runDue();
        bot.wireMock().verify(1, postRequestedFor(urlEqualTo(bot.location() + "/localPosts"))
                .withRequestBody(matchingJsonPath("$.summary", equalTo((String) google.get("text"))))
                .withRequestBody(matchingJsonPath("$.callToAction.actionType", equalTo("CALL"))));
        assertThat(bot.view((String) google.get("id")).getString("status")).isEqualTo("PUBLISHED");

        List<Map<String, Object>> ledger = bot.owner.as().get("/api/v1/ledger?businessId=" + bot.business)
                .then().statusCode(200).extract().jsonPath().getList("");
        assertThat(ledger.stream().filter(e -> Boolean.TRUE.equals(e.get("automated"))
                && Boolean.FALSE.equals(e.get("sandbox"))).map(e -> e.get("taskType")).toList())
                .containsExactlyInAnyOrder("social_post", "google_post");

        runDue();
        bot.wireMock().verify(1, postRequestedFor(urlEqualTo("/v21.0/" + bot.page + "/feed")));
    }

    @Test
    void anInstagramPostNeedsAnImageBeforeItCanBeApprovedThenGoesOutWithIt() {
        BotFixture bot = new BotFixture();
        bot.instagram();
        Map<String, Object> post = first(bot.generated(bot.nextWeek(clock, 1)), "INSTAGRAM");
        String id = (String) post.get("id");

        bot.owner.as().post("/api/v1/content/posts/" + id + "/approve").then().statusCode(400)
                .body("errors.field", hasItem("imageUrl"));
        bot.owner.as().body(Map.of("imageUrl", "not a url")).patch("/api/v1/content/posts/" + id)
                .then().statusCode(400).body("errors.field", hasItem("imageUrl"));
        String image = "https://cdn.example.in/" + bot.igUser + "/look.jpg";
        bot.owner.as().body(Map.of("imageUrl", image)).patch("/api/v1/content/posts/" + id).then().statusCode(200);
        bot.owner.as().post("/api/v1/content/posts/" + id + "/approve").then().statusCode(200);

        moveTo(Instant.parse((String) post.get("scheduledAt")).plusSeconds(30));
        runDue();
        bot.wireMock().verify(1, postRequestedFor(urlEqualTo("/v21.0/" + bot.igUser + "/media"))
                .withRequestBody(matchingJsonPath("$.image_url", equalTo(image)))
                .withRequestBody(matchingJsonPath("$.caption", equalTo((String) post.get("text")))));
        bot.wireMock().verify(1, postRequestedFor(urlEqualTo("/v21.0/" + bot.igUser + "/media_publish")));
        assertThat(bot.view(id).getString("platformPostId")).isEqualTo("m-" + bot.igUser);
    }

    @Test
    void aRejectedPostIsNeverPublished() {
        BotFixture bot = new BotFixture();
        bot.facebook();
        Map<String, Object> post = first(bot.generated(bot.nextWeek(clock, 1)), "FACEBOOK_PAGE");
        String id = (String) post.get("id");
        bot.owner.as().post("/api/v1/content/posts/" + id + "/approve").then().statusCode(200);
        bot.owner.as().post("/api/v1/content/posts/" + id + "/reject").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("REJECTED"));
        bot.owner.as().post("/api/v1/content/posts/" + id + "/approve").then().statusCode(409);

        moveTo(Instant.parse((String) post.get("scheduledAt")).plus(Duration.ofHours(2)));
        runDue();

        bot.wireMock().verify(0, postRequestedFor(urlEqualTo("/v21.0/" + bot.page + "/feed")));
        assertThat(bot.view(id).getString("status")).isEqualTo("REJECTED");
    }

    @Test
    void editsAreCheckedAgainstThePlatformRulesAndMovesStayInThePostingWindows() {
        BotFixture bot = new BotFixture();
        bot.instagram();
        bot.google();
        List<Map<String, Object>> posts = bot.generated(bot.nextWeek(clock, 1));
        String google = (String) first(posts, "GOOGLE_BUSINESS_PROFILE").get("id");
        String instagram = (String) first(posts, "INSTAGRAM").get("id");

        bot.owner.as().body(Map.of("text", "x".repeat(1_501))).patch("/api/v1/content/posts/" + google)
                .then().statusCode(400).body("errors.field", hasItem("text"));
        String tags = java.util.stream.IntStream.range(0, 31).mapToObj(i -> "#tag" + i).collect(Collectors.joining(" "));
        bot.owner.as().body(Map.of("text", "Hello " + tags)).patch("/api/v1/content/posts/" + instagram)
                .then().statusCode(400).body("errors.field", hasItem("text"));

        String day = (String) first(posts, "GOOGLE_BUSINESS_PROFILE").get("date");
        bot.owner.as().body(Map.of("at", day + "T03:00")).post("/api/v1/content/posts/" + google + "/reschedule")
                .then().statusCode(400).body("errors.field", hasItem("at"));
        bot.owner.as().body(Map.of("at", day + "T10:30")).post("/api/v1/content/posts/" + google + "/reschedule")
                .then().statusCode(200).body("scheduledLocal", org.hamcrest.Matchers.startsWith(day + "T10:30"));
    }

    @Test
    void noTextRepeatsOnAPlatformWithinEightWeeks() {
        BotFixture bot = new BotFixture();
        bot.facebook();
        List<String> texts = new java.util.ArrayList<>();
        for (int week = 1; week <= 8; week++) {
            bot.generated(bot.nextWeek(clock, week)).forEach(p -> texts.add((String) p.get("text")));
        }
        assertThat(texts).hasSize(56);
        assertThat(Set.copyOf(texts)).as("56 consecutive days, 56 different texts").hasSize(56);
    }

    /** The salon's calls to action in the language: every post ends with one of them. */
    private static final Map<String, List<String>> CALLS_TO_ACTION = Map.of(
            "es", List.of("Visítanos o escríbenos hoy mismo.", "Ponte en contacto con nosotros hoy.",
                    "Síguenos para ver más y salúdanos en tu próxima visita.", "Reserva tu cita hoy mismo.",
                    "Escríbenos para reservar tu hora."),
            "ar", List.of("زورونا أو راسلونا اليوم.", "تواصلوا معنا اليوم.",
                    "تابعونا للمزيد، وألقوا علينا التحية في زيارتكم القادمة.", "احجزوا موعدكم اليوم.",
                    "راسلونا لحجز موعدكم."));

    /** Every English sentence part of the templates, theme labels and calls to action (8 characters or more). */
    private List<String> englishSentences() {
        List<String> parts = new java.util.ArrayList<>(List.of("#SupportLocal", "#StylingTips"));
        for (Row row : sql.query("select text from content_template where language = 'en' union all "
                + "select labels::jsonb ->> 'en' from content_theme")) {
            for (String part : row.getString(0).split("\\{[a-z_]+}")) {
                if (part.strip().length() >= 8) {
                    parts.add(part.strip());
                }
            }
        }
        return parts;
    }

    @Test
    void aBusinessWhoseCustomersSpeakSpanishOrArabicGetsNextWeeksPostsAndReviewRepliesInThatLanguage() {
        List<String> english = englishSentences();
        for (String language : List.of("es", "ar")) {
            BotFixture bot = new BotFixture(language);
            bot.facebook();
            bot.google();
            List<Map<String, Object>> posts = bot.generated(bot.nextWeek(clock, 1));
            assertThat(posts).as(language).hasSize(14).allSatisfy(p -> {
                String text = (String) p.get("text");
                assertThat(p.get("language")).isEqualTo(language);
                assertThat(text).contains(bot.name);
                assertThat(CALLS_TO_ACTION.get(language)).anySatisfy(cta -> assertThat(text).contains(cta));
                assertThat(english).noneSatisfy(sentence -> assertThat(text).contains(sentence));
            });

            String name = "accounts/" + bot.gbpAccount + "/locations/" + bot.gbpLocation;
            String liked = language.equals("es") ? "Me encantó el corte" : "أعجبتني القصة كثيرًا";
            bot.wireMock().stubFor(get(urlEqualTo(bot.location() + "/reviews?pageSize=50")).willReturn(okJson("""
                    {"reviews":[
                     {"name":"%1$s/reviews/r-asha","reviewId":"r-asha","reviewer":{"displayName":"Asha"},
                      "starRating":"FIVE","comment":"%2$s. 5/5","createTime":"2026-11-20T10:00:00Z"},
                     {"name":"%1$s/reviews/r-ravi","reviewId":"r-ravi","reviewer":{"displayName":"Ravi"},
                      "starRating":"TWO","comment":"...","createTime":"2026-11-21T10:00:00Z"}
                    ],"averageRating":3.5,"totalReviewCount":2}""".formatted(name, liked))));
            bot.wireMock().stubFor(put(urlPathMatching(bot.location() + "/reviews/.*/reply"))
                    .willReturn(okJson("{\"comment\":\"ok\",\"updateTime\":\"2026-11-25T10:00:00Z\"}")));
            bot.owner.as().post("/api/v1/businesses/" + bot.business + "/reviews/sync").then().statusCode(200);
            io.restassured.path.json.JsonPath reviews = bot.owner.as()
                    .get("/api/v1/businesses/" + bot.business + "/reviews").then().statusCode(200).extract().jsonPath();
            String reply = reviews.getString("find { it.platformReviewId == 'r-asha' }.replyText");
            String draft = reviews.getString("find { it.platformReviewId == 'r-ravi' }.suggestedReply");
            if (language.equals("es")) {
                assertThat(reply).startsWith("Hola, Asha:").endsWith("Gracias por mencionar «Me encantó el corte».");
                assertThat(draft).startsWith("Hola, Ravi: gracias por contarnos tu visita");
            } else {
                assertThat(reply).startsWith("مرحبًا Asha،").endsWith("شكرًا لذكرك «أعجبتني القصة كثيرًا».");
                assertThat(draft).startsWith("مرحبًا Ravi، شكرًا لإخبارنا عن زيارتك");
            }
            assertThat(english).noneSatisfy(sentence -> assertThat(reply).contains(sentence));
            assertThat(List.of(reply, draft)).allSatisfy(text -> assertThat(text).doesNotContain("Dear", "Thank you"));
        }
    }
}
