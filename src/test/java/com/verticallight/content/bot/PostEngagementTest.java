package com.verticallight.content.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.channel.ChannelFixtures;
import com.verticallight.job.JobRunner;
import com.verticallight.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Published posts are followed: engagement is read back from Facebook and Instagram on a schedule and stored. */
@QuarkusTest
class PostEngagementTest {

    @Inject
    JobRunner runner;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void runDue() {
        for (int i = 0; i < 50 && runner.runDue("engagement").await().atMost(Duration.ofSeconds(60)) > 0; i++) {
            // next batch
        }
    }

    private void moveTo(Instant at) {
        clock.advance(Duration.between(clock.instant(), at));
    }

    /** Approves the first post of the platform next week and moves the clock just past its time; returns it. */
    private Map<String, Object> publishFirst(BotFixture bot, String platform) {
        Map<String, Object> post = bot.generated(bot.nextWeek(clock, 1)).stream()
                .filter(p -> platform.equals(p.get("platform"))).findFirst().orElseThrow();
        if ("INSTAGRAM".equals(platform)) {
            bot.owner.as().body(Map.of("imageUrl", "https://cdn.example.in/" + bot.igUser + ".jpg"))
                    .patch("/api/v1/content/posts/" + post.get("id")).then().statusCode(200);
        }
        bot.owner.as().post("/api/v1/content/posts/" + post.get("id") + "/approve").then().statusCode(200);
        moveTo(Instant.parse((String) post.get("scheduledAt")).plusSeconds(30));
        runDue();
        return post;
    }

    private JsonPath report(BotFixture bot) {
        return bot.owner.as().get("/api/v1/businesses/" + bot.business + "/post-engagement?days=30").then()
                .statusCode(200).extract().jsonPath();
    }

    private void facebookAnswers(BotFixture bot, long reactions, long comments, Long shares) {
        String sharesJson = shares == null ? "" : ",\"shares\":{\"count\":" + shares + "}";
        bot.wireMock().stubFor(get(urlEqualTo(facebookRead(bot))).willReturn(okJson("""
                {"id":"%s_77","reactions":{"data":[],"summary":{"total_count":%d,"viewer_reaction":"NONE"}},
                 "comments":{"data":[],"summary":{"order":"ranked","total_count":%d,"can_comment":true}}%s}"""
                .formatted(bot.page, reactions, comments, sharesJson))));
    }

    private static String facebookRead(BotFixture bot) {
        return "/v21.0/" + bot.page + "_77?fields=reactions.summary(true),comments.summary(true),shares";
    }

    @Test
    void aFacebookPostsEngagementIsReadAfterAnHourAndADayAndStored() {
        BotFixture bot = new BotFixture();
        bot.facebook();
        Map<String, Object> post = publishFirst(bot, "FACEBOOK_PAGE");
        Instant published = Instant.parse((String) post.get("scheduledAt"));
        JsonPath followed = report(bot);
        assertThat(followed.getList("posts")).hasSize(1);
        assertThat(Instant.parse(followed.getString("posts[0].nextReadAt")))
                .isEqualTo(Instant.parse(followed.getString("posts[0].publishedAt")).plus(Duration.ofHours(1)));

        facebookAnswers(bot, 12, 3, null);
        moveTo(published.plus(Duration.ofMinutes(50)));
        runDue();
        bot.wireMock().verify(0, getRequestedFor(urlEqualTo(facebookRead(bot))));

        moveTo(published.plus(Duration.ofMinutes(91)));
        runDue();
        bot.wireMock().verify(1, getRequestedFor(urlEqualTo(facebookRead(bot)))
                .withHeader("Authorization", equalTo("Bearer " + ChannelFixtures.FB_TOKEN)));
        JsonPath first = report(bot);
        assertThat(first.getLong("posts[0].likes")).isEqualTo(12);
        assertThat(first.getLong("posts[0].comments")).isEqualTo(3);
        assertThat(first.getLong("posts[0].shares")).isZero();
        assertThat(first.getString("posts[0].reach")).as("Facebook reports no reach here").isNull();
        assertThat(first.getInt("posts[0].reads")).isOne();

        facebookAnswers(bot, 40, 9, 5L);
        moveTo(published.plus(Duration.ofHours(25)));
        runDue();
        JsonPath second = report(bot);
        assertThat(second.getLong("posts[0].likes")).isEqualTo(40);
        assertThat(second.getLong("posts[0].shares")).isEqualTo(5);
        assertThat(second.getInt("posts[0].reads")).isEqualTo(2);
        assertThat(second.getMap("channels[0]")).containsEntry("channel", "FACEBOOK_PAGE")
                .containsEntry("posts", 1).containsEntry("likes", 40).containsEntry("comments", 9);
        bot.wireMock().verify(2, getRequestedFor(urlEqualTo(facebookRead(bot))));
    }

    @Test
    void instagramInsightsGiveReachAndViewsAndAMissingMetricStaysUnknown() {
        BotFixture bot = new BotFixture();
        bot.instagram();
        Map<String, Object> post = publishFirst(bot, "INSTAGRAM");
        String insights = "/v21.0/m-" + bot.igUser + "/insights?metric=reach,likes,comments,shares,views";
        bot.wireMock().stubFor(get(urlEqualTo(insights)).willReturn(okJson("""
                {"data":[{"name":"reach","period":"lifetime","values":[{"value":230}],"title":"Accounts reached"},
                 {"name":"likes","period":"lifetime","values":[{"value":31}]},
                 {"name":"comments","period":"lifetime","values":[{"value":4}]},
                 {"name":"views","period":"lifetime","values":[{"value":512}]}]}""")));

        moveTo(Instant.parse((String) post.get("scheduledAt")).plus(Duration.ofHours(2)));
        runDue();

        bot.wireMock().verify(1, getRequestedFor(urlEqualTo(insights)));
        JsonPath report = report(bot);
        assertThat(report.getString("posts[0].channel")).isEqualTo("INSTAGRAM");
        assertThat(report.getLong("posts[0].reach")).isEqualTo(230);
        assertThat(report.getLong("posts[0].views")).isEqualTo(512);
        assertThat(report.getLong("posts[0].likes")).isEqualTo(31);
        assertThat(report.getString("posts[0].shares")).as("not reported: unknown, not 0").isNull();
    }

    @Test
    void aDeletedPostIsNotedAndTheNextReadStillComes() {
        BotFixture bot = new BotFixture();
        bot.facebook();
        Map<String, Object> post = publishFirst(bot, "FACEBOOK_PAGE");
        bot.wireMock().stubFor(get(urlEqualTo(facebookRead(bot))).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                {"error":{"message":"Unsupported get request. Object with ID does not exist","type":"GraphMethodException",
                 "code":100,"error_subcode":33,"fbtrace_id":"X1"}}""")));

        moveTo(Instant.parse((String) post.get("scheduledAt")).plus(Duration.ofHours(2)));
        runDue();

        JsonPath report = report(bot);
        assertThat(report.getString("posts[0].lastError")).contains("does not exist");
        assertThat(report.getInt("posts[0].reads")).isZero();
        assertThat(Instant.parse(report.getString("posts[0].nextReadAt")))
                .isEqualTo(Instant.parse(report.getString("posts[0].publishedAt")).plus(Duration.ofHours(24)));
    }

    @Test
    void aSandboxPostIsNotFollowed() {
        BotFixture bot = new BotFixture();
        ChannelFixtures.facebook(bot.owner, bot.business, bot.page, "SANDBOX");
        publishFirst(bot, "FACEBOOK_PAGE");
        List<Object> posts = report(bot).getList("posts");
        assertThat(posts).isEmpty();
    }
}
