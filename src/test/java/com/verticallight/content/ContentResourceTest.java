package com.verticallight.content;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.verticallight.business.Business;
import com.verticallight.business.Category;
import com.verticallight.business.CategoryConfig;
import com.verticallight.channel.ChannelKind;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContentResourceTest {

    private static final Set<String> PLACEHOLDERS = Set.of("business", "city", "theme", "festival", "when", "reviewer",
            "offer_hint");

    private static final List<String> LANGUAGES = List.of("en", "hi", "es", "fr", "de", "ja", "zh", "ar");

    @Inject
    ContentGenerator generator;

    @Inject
    Sql sql;

    private static String business(Account owner, String name, String category, String language) {
        Map<String, Object> body = new HashMap<>(Accounts.business(name));
        body.put("category", category);
        body.put("language", language);
        return owner.as().body(body).post("/api/v1/businesses").then().statusCode(201).extract().path("id");
    }

    private static JsonPath preview(Account account, String businessId, String date) {
        return account.as().queryParam("date", date).get("/api/v1/businesses/" + businessId + "/content/preview")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void previewWritesOneDraftPerPlatformByItsRules() {
        Account owner = Accounts.signup("BASIC");
        String id = business(owner, "Glow Beauty Salons", "salon", "en-IN");
        owner.as().queryParam("date", "2026-06-01").get("/api/v1/businesses/" + id + "/content/preview")
                .then().statusCode(200)
                .body("businessId", equalTo(id))
                .body("date", equalTo("2026-06-01"))
                .body("drafts.platform", contains("FACEBOOK_PAGE", "INSTAGRAM", "GOOGLE_BUSINESS_PROFILE"))
                .body("drafts.language", everyItem(equalTo("en")))
                .body("drafts.festival", everyItem(nullValue()))
                .body("drafts.theme", everyItem(equalTo("styling_tips")))
                .body("drafts.needsImage", contains(false, true, false))
                .body("drafts[0].hashtags", hasSize(3))
                .body("drafts[0].hashtags", contains("#GlowBeautySalons", "#Kolkata", "#KolkataSalon"))
                .body("drafts[1].hashtags", hasItem("#StylingTips"))
                .body("drafts[1].hashtags.size()", lessThanOrEqualTo(30))
                .body("drafts[1].characters", lessThanOrEqualTo(2200))
                .body("drafts[2].hashtags", empty())
                .body("drafts[2].text", not(containsString("#")))
                .body("drafts[2].characters", lessThanOrEqualTo(1500))
                .body("drafts.text", everyItem(containsString("Glow Beauty Salons")))
                .body("drafts.text", everyItem(not(containsString("{"))));
        JsonPath first = preview(owner, id, "2026-06-01");
        assertThat(first.getList("drafts.text")).isEqualTo(preview(owner, id, "2026-06-01").getList("drafts.text"));
        assertThat(first.getString("drafts[0].text")).isNotEqualTo(preview(owner, id, "2026-06-02").getString("drafts[0].text"));
        assertThat(first.getString("drafts[0].text")).endsWith("#GlowBeautySalons #Kolkata #KolkataSalon");
    }

    @Test
    void aFestivalInTheComingWeekIsNamedInTheBusinesssLanguage() {
        Account owner = Accounts.signup("BASIC");
        String id = business(owner, "Spice Route", "restaurant", "en");
        owner.as().queryParam("date", "2026-11-07").get("/api/v1/businesses/" + id + "/content/preview")
                .then().statusCode(200)
                .body("drafts.festival", everyItem(equalTo("diwali")))
                .body("drafts.text", everyItem(containsString("Diwali")))
                .body("drafts[0].hashtags[0]", equalTo("#Diwali"))
                .body("drafts[1].hashtags", hasItem("#FestivalOfLights"));

        Account hindiOwner = Accounts.signup("BASIC");
        String hindi = business(hindiOwner, "Sundar Salon", "salon", "hi-IN");
        hindiOwner.as().queryParam("date", "2026-11-07").get("/api/v1/businesses/" + hindi + "/content/preview")
                .then().statusCode(200)
                .body("drafts.language", everyItem(equalTo("hi")))
                .body("drafts.text", everyItem(containsString("दिवाली")))
                .body("drafts[2].hashtags", empty());
        hindiOwner.as().queryParam("date", "2026-06-01").get("/api/v1/businesses/" + hindi + "/content/preview")
                .then().statusCode(200)
                .body("drafts.language", everyItem(equalTo("hi")))
                .body("drafts.text", everyItem(containsString("स्टाइलिंग टिप्स")));

        Account chineseOwner = Accounts.signup("BASIC");
        String chinese = business(chineseOwner, "Lotus Salon", "salon", "zh-CN");
        chineseOwner.as().queryParam("date", "2026-11-07").get("/api/v1/businesses/" + chinese + "/content/preview")
                .then().statusCode(200)
                .body("drafts.language", everyItem(equalTo("zh")))
                .body("drafts.text", everyItem(containsString("排灯节")))
                .body("drafts[0].hashtags[0]", equalTo("#排灯节"));
    }

    @Test
    void withoutADateTheBusinesssTodayIsUsed() {
        Account owner = Accounts.signup("BASIC");
        String id = business(owner, "Iron Temple", "gym", "en");
        owner.as().get("/api/v1/businesses/" + id + "/content/preview").then().statusCode(200)
                .body("date", not(nullValue()))
                .body("drafts", hasSize(3));
    }

    @Test
    void anotherTenantsBusinessIsNotFoundAndBadDatesAreProblems() {
        Account owner = Accounts.signup("BASIC");
        String id = business(owner, "Glow", "salon", "en");
        Account stranger = Accounts.signup("BASIC");
        stranger.as().get("/api/v1/businesses/" + id + "/content/preview").then().statusCode(404)
                .contentType("application/problem+json");
        owner.as().get("/api/v1/businesses/" + UUID.randomUUID() + "/content/preview").then().statusCode(404);
        owner.as().queryParam("date", "2026-13-01").get("/api/v1/businesses/" + id + "/content/preview")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("date"));
        Accounts.invite(owner, "VIEWER").as().get("/api/v1/businesses/" + id + "/content/preview")
                .then().statusCode(200);
        given().get("/api/v1/businesses/" + id + "/content/preview").then().statusCode(401);
    }

    @Test
    void reviewRepliesAreInTheBusinesssLanguageAndOnlyForFourOrFiveStars() throws Throwable {
        Business salon = new Business();
        salon.id = UUID.randomUUID();
        salon.name = "Glow Beauty Salons";
        salon.city = "Kolkata";
        salon.country = "IN";
        salon.category = Category.SALON;
        salon.language = "hi-IN";
        salon.categoryConfig = new CategoryConfig(List.of(), List.of(), List.of());
        LocalDate day = LocalDate.of(2026, 6, 2);
        String hindi = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> generator.reviewReply(salon, "Asha", 5, day)));
        assertThat(hindi).startsWith("प्रिय Asha,").contains("Glow Beauty Salons");
        salon.language = "en";
        String english = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> generator.reviewReply(salon, "Asha", 4, day)));
        assertThat(english).startsWith("Dear Asha,").contains("Glow Beauty Salons");
        assertThat(english).isEqualTo(VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> generator.reviewReply(salon, "Asha", 4, day))));
        assertThatThrownBy(() -> generator.reviewReply(salon, "Asha", 3, day))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> generator.dailyPost(salon, ChannelKind.WHATSAPP, day))
                .isInstanceOf(IllegalArgumentException.class);
        PostDraft post = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> generator.dailyPost(salon, ChannelKind.INSTAGRAM, LocalDate.of(2026, 3, 3))));
        assertThat(post.festival()).isEqualTo("holi");
        assertThat(post.needsImage()).isTrue();
        assertThat(post.theme()).isIn(ContentRules.GENERIC_THEMES);
    }

    @Test
    void everySeededTextUsesOnlyKnownPlaceholdersAndEveryKindHasGenericTexts() {
        Pattern placeholder = Pattern.compile("\\{([^}]*)}");
        Set<String> generic = new HashSet<>();
        List<Row> rows = sql.query("select id, category, language, kind, text from content_template");
        assertThat(rows).hasSizeGreaterThan(80);
        for (Row row : rows) {
            Matcher m = placeholder.matcher(row.getString("text"));
            while (m.find()) {
                assertThat(PLACEHOLDERS).as(row.getString("id")).contains(m.group(1));
            }
            if (row.getString("category").equals("*")) {
                generic.add(row.getString("language") + ":" + row.getString("kind"));
            }
        }
        for (String language : LANGUAGES) {
            for (String kind : List.of("post", "festival_post", "review_reply", "offer_hint")) {
                assertThat(generic).contains(language + ":" + kind);
            }
        }
        for (Category category : Category.values()) {
            assertThat(sql.count("select count(*) from content_template where category = $1 and language = 'en' and kind = 'post'",
                    category.code())).as(category.code()).isGreaterThanOrEqualTo(3);
        }
        // every English text has its counterpart in the six other languages (V69), of the same kind, category and stars
        assertThat(sql.count("select count(*) from content_template e cross join (values ('es'), ('fr'), ('de'), ('ja'),"
                + " ('zh'), ('ar')) l(language) where e.language = 'en' and not exists (select 1 from content_template t"
                + " where t.id = replace(e.id, '.en.', '.' || l.language || '.') and t.language = l.language"
                + " and t.kind = e.kind and t.category = e.category and t.stars is not distinct from e.stars)")).isZero();
        // every default theme reads well in all eight languages
        for (Row row : sql.query("select config from category_default")) {
            for (Object theme : new io.vertx.core.json.JsonObject(row.getString("config")).getJsonArray("contentThemes")) {
                String labels = sql.query("select labels from content_theme where code = $1", theme).get(0).getString("labels");
                for (String language : LANGUAGES) {
                    assertThat(labels).as(theme.toString()).contains("\"" + language + "\"");
                }
            }
        }
    }
}
