package com.verticallight.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.verticallight.channel.ChannelKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContentRulesTest {

    private static final UUID BUSINESS = UUID.fromString("6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b");
    private static final List<String> THEMES = List.of("before_after", "styling_tips", "product_features");

    private static final List<ContentTemplate> TEMPLATES = List.of(
            ContentTemplate.of("any.en.post.1", "*", "en", "post", null, "Today at {business}, {city}: {theme}. {offer_hint}"),
            ContentTemplate.of("any.en.post.2", "*", "en", "post", null, "Spotlight on {theme} at {business}. {offer_hint}"),
            ContentTemplate.of("salon.en.post.1", "salon", "en", "post", null, "Fresh look at {business}: {theme}. {offer_hint}"),
            ContentTemplate.of("salon.en.post.2", "salon", "en", "post", null, "Care for your hair, {city}: {theme}. {offer_hint}"),
            ContentTemplate.of("gym.en.post.1", "gym", "en", "post", null, "Every rep counts at {business}! {offer_hint}"),
            ContentTemplate.of("any.en.festival.1", "*", "en", "festival_post", null, "{festival} is {when}! Wishes from {business}. {offer_hint}"),
            ContentTemplate.of("any.en.festival.2", "*", "en", "festival_post", null, "Happy {festival} from {business}, {city}! {offer_hint}"),
            ContentTemplate.of("any.en.cta.1", "*", "en", "offer_hint", null, "Get in touch today."),
            ContentTemplate.of("salon.en.cta.1", "salon", "en", "offer_hint", null, "Book your slot today."),
            ContentTemplate.of("any.en.reply.5", "*", "en", "review_reply", 5, "Dear {reviewer}, thanks for the five stars at {business}!"),
            ContentTemplate.of("any.en.reply.4", "*", "en", "review_reply", 4, "Dear {reviewer}, thank you; we will make it five next time at {business}."),
            ContentTemplate.of("any.hi.post.1", "*", "hi", "post", null, "आज {business} में: {theme}। {offer_hint}"),
            ContentTemplate.of("any.hi.festival.1", "*", "hi", "festival_post", null, "{festival} {when} है! {business} की ओर से शुभकामनाएँ। {offer_hint}"),
            ContentTemplate.of("any.hi.cta.1", "*", "hi", "offer_hint", null, "आज ही संपर्क करें।"),
            ContentTemplate.of("any.hi.reply.1", "*", "hi", "review_reply", null, "प्रिय {reviewer}, {business} चुनने के लिए धन्यवाद!"));

    private static final List<FestivalEntry> FESTIVALS = List.of(
            FestivalEntry.of("dhanteras", "Dhanteras", LocalDate.of(2026, 11, 6), "IN", List.of("shopping"), Map.of("hi", "धनतेरस")),
            FestivalEntry.of("diwali", "Diwali", LocalDate.of(2026, 11, 8), "IN", List.of("festival_of_lights"), Map.of("hi", "दिवाली")),
            FestivalEntry.of("christmas", "Christmas", LocalDate.of(2026, 12, 25), "IN", List.of(), Map.of()));

    private static final Map<String, Map<String, String>> LABELS = Map.of(
            "before_after", Map.of("en", "before-and-after transformations", "hi", "पहले और बाद का बदलाव"),
            "styling_tips", Map.of("en", "styling tips from our experts"));

    private static ContentRules.Subject salon(String language) {
        return new ContentRules.Subject(BUSINESS, "Glow Beauty Salon", "Kolkata", "salon", language, THEMES, "IN",
                "Asia/Kolkata");
    }

    private static PostDraft post(ContentRules.Subject subject, ChannelKind platform, LocalDate date) {
        return ContentRules.dailyPost(subject, platform, date, TEMPLATES, FESTIVALS, LABELS);
    }

    @Test
    void theSameDayAlwaysGivesTheSameText() {
        LocalDate day = LocalDate.of(2026, 6, 10);
        for (ChannelKind platform : PlatformFormat.PLATFORMS) {
            assertThat(post(salon("en-IN"), platform, day)).isEqualTo(post(salon("en-IN"), platform, day));
        }
    }

    @Test
    void consecutiveDaysGetDifferentTemplatesAndThemes() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        for (int i = 0; i < 30; i++) {
            PostDraft today = post(salon("en"), ChannelKind.FACEBOOK_PAGE, day.plusDays(i));
            PostDraft tomorrow = post(salon("en"), ChannelKind.FACEBOOK_PAGE, day.plusDays(i + 1));
            assertThat(tomorrow.text()).isNotEqualTo(today.text());
            assertThat(tomorrow.theme()).isNotEqualTo(today.theme());
        }
    }

    @Test
    void everyTemplateOfTheCategoryComesRoundAndOtherCategoriesNever() {
        Set<String> openings = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            String text = post(salon("en"), ChannelKind.GOOGLE_BUSINESS_PROFILE, LocalDate.of(2026, 6, 1).plusDays(i)).text();
            openings.add(text.substring(0, 10));
            assertThat(text).doesNotContain("Every rep counts");
        }
        assertThat(openings).hasSize(4);
    }

    @Test
    void platformsOfOneDayGetDifferentTexts() {
        LocalDate day = LocalDate.of(2026, 6, 3);
        String facebook = post(salon("en"), ChannelKind.FACEBOOK_PAGE, day).text().split("\n")[0];
        String instagram = post(salon("en"), ChannelKind.INSTAGRAM, day).text().split("\n")[0];
        assertThat(facebook).isNotEqualTo(instagram);
    }

    @Test
    void themesRotateByDayOfYearAndFallBackToGenericOnes() {
        assertThat(ContentRules.themeOfDay(THEMES, LocalDate.of(2026, 1, 1))).isEqualTo("before_after");
        assertThat(ContentRules.themeOfDay(THEMES, LocalDate.of(2026, 1, 2))).isEqualTo("styling_tips");
        assertThat(ContentRules.themeOfDay(THEMES, LocalDate.of(2026, 1, 4))).isEqualTo("before_after");
        assertThat(ContentRules.themeOfDay(List.of(), LocalDate.of(2026, 1, 1))).isEqualTo(ContentRules.GENERIC_THEMES.get(0));
        assertThat(ContentRules.themeOfDay(null, LocalDate.of(2026, 1, 2))).isEqualTo(ContentRules.GENERIC_THEMES.get(1));
    }

    @Test
    void aFestivalWithinSevenDaysIncludingTheDateIsNamed() {
        // 2 November: Dhanteras (6 Nov) is the 5th day after; the nearest one wins over Diwali
        PostDraft early = post(salon("en"), ChannelKind.FACEBOOK_PAGE, LocalDate.of(2026, 11, 2));
        assertThat(early.festival()).isEqualTo("dhanteras");
        assertThat(early.text()).contains("Dhanteras").contains("#Dhanteras");
        // 31 October: Dhanteras is 6 days ahead, still inside the window
        assertThat(post(salon("en"), ChannelKind.FACEBOOK_PAGE, LocalDate.of(2026, 10, 31)).festival()).isEqualTo("dhanteras");
        // 30 October: 7 days ahead is outside
        PostDraft before = post(salon("en"), ChannelKind.FACEBOOK_PAGE, LocalDate.of(2026, 10, 30));
        assertThat(before.festival()).isNull();
        assertThat(before.text()).doesNotContain("Dhanteras");
        // on the day itself, and after Dhanteras the next one
        assertThat(post(salon("en"), ChannelKind.INSTAGRAM, LocalDate.of(2026, 11, 8)).festival()).isEqualTo("diwali");
        assertThat(post(salon("en"), ChannelKind.INSTAGRAM, LocalDate.of(2026, 11, 7)).festival()).isEqualTo("diwali");
        assertThat(post(salon("en"), ChannelKind.INSTAGRAM, LocalDate.of(2026, 11, 9)).festival()).isNull();
    }

    @Test
    void theFestivalDayIsSaidAsTodayTomorrowOrTheDateInTheLanguage() {
        LocalDate diwali = LocalDate.of(2026, 11, 8);
        Locale english = Locale.forLanguageTag("en-IN");
        Locale hindi = Locale.forLanguageTag("hi-IN");
        assertThat(ContentRules.when(diwali, diwali, english)).isEqualTo("today");
        assertThat(ContentRules.when(diwali.minusDays(1), diwali, english)).isEqualTo("tomorrow");
        assertThat(ContentRules.when(diwali.minusDays(3), diwali, english)).isEqualTo("on Sunday, 8 November");
        assertThat(ContentRules.when(diwali, diwali, hindi)).isEqualTo("आज");
        assertThat(ContentRules.when(diwali.minusDays(1), diwali, hindi)).isEqualTo("कल");
        assertThat(ContentRules.when(diwali.minusDays(3), diwali, hindi)).isEqualTo("रविवार, 8 नवंबर को");
        assertThat(ContentRules.when(diwali.minusDays(1), diwali, Locale.forLanguageTag("es-IN"))).isEqualTo("mañana");
        assertThat(ContentRules.when(diwali.minusDays(3), diwali, Locale.forLanguageTag("es-IN")))
                .isEqualTo("el domingo, 8 de noviembre");
        assertThat(ContentRules.when(diwali.minusDays(3), diwali, Locale.forLanguageTag("de-IN")))
                .isEqualTo("am Sonntag, 8. November");
        assertThat(ContentRules.when(diwali, diwali, Locale.forLanguageTag("ar-IN"))).isEqualTo("اليوم");
        assertThat(ContentRules.when(diwali.minusDays(3), diwali, Locale.forLanguageTag("ja-IN"))).contains("11月8日");
        assertThat(ContentRules.when(diwali.minusDays(1), diwali, Locale.forLanguageTag("zh-IN"))).isEqualTo("明天");
    }

    @Test
    void hindiIsChosenForHiInAndEnglishWhenNoTemplatesExistInTheLanguage() {
        PostDraft hindi = post(salon("hi-IN"), ChannelKind.FACEBOOK_PAGE, LocalDate.of(2026, 6, 3)); // before_after
        assertThat(hindi.language()).isEqualTo("hi");
        assertThat(hindi.text()).startsWith("आज Glow Beauty Salon में: पहले और बाद का बदलाव।");
        PostDraft festival = post(salon("hi_IN"), ChannelKind.GOOGLE_BUSINESS_PROFILE, LocalDate.of(2026, 11, 7));
        assertThat(festival.text()).startsWith("दिवाली कल है!").endsWith("आज ही संपर्क करें।");
        PostDraft tamil = post(salon("ta-IN"), ChannelKind.FACEBOOK_PAGE, LocalDate.of(2026, 6, 1));
        assertThat(tamil.language()).isEqualTo("en");
        assertThat(ContentRules.primaryLanguage(null)).isEqualTo("en");
        assertThat(ContentRules.primaryLanguage("HI")).isEqualTo("hi");
        assertThat(ContentRules.primaryLanguage("zh_CN")).isEqualTo("zh");
        assertThat(ContentRules.primaryLanguage("zh-Hans")).isEqualTo("zh");
        assertThat(ContentRules.primaryLanguage("zh-TW")).as("Traditional Chinese is not written").isEqualTo("en");
        assertThat(ContentRules.primaryLanguage("ar-AE")).isEqualTo("ar");
    }

    @Test
    void placeholdersAreFilledAndUnknownThemesReadAsWritten() {
        ContentRules.Subject own = new ContentRules.Subject(BUSINESS, "  Glow   Beauty Salon ", "Kolkata", "salon", "en",
                List.of("bridal_makeup"), "IN", "Asia/Kolkata");
        for (int i = 0; i < 10; i++) {
            PostDraft draft = ContentRules.dailyPost(own, ChannelKind.GOOGLE_BUSINESS_PROFILE,
                    LocalDate.of(2026, 6, 1).plusDays(i), TEMPLATES, FESTIVALS, LABELS);
            assertThat(draft.text()).doesNotContain("{").doesNotContain("  ").doesNotContain("Glow   Beauty");
            assertThat(draft.theme()).isEqualTo("bridal_makeup");
        }
        assertThat(ContentRules.themeLabel("bridal_makeup", "en", LABELS)).isEqualTo("bridal makeup");
        assertThat(ContentRules.themeLabel("styling_tips", "hi", LABELS)).isEqualTo("styling tips from our experts");
        assertThat(ContentRules.render("{business} {offer_hint}", Map.of("business", "Glow", "offer_hint", "")))
                .isEqualTo("Glow");
    }

    @Test
    void withoutFestivalTextsAFestivalDayGetsAnEverydayPost() {
        List<ContentTemplate> noFestivals = new ArrayList<>(TEMPLATES);
        noFestivals.removeIf(t -> t.kind.equals("festival_post"));
        PostDraft draft = ContentRules.dailyPost(salon("en"), ChannelKind.FACEBOOK_PAGE, LocalDate.of(2026, 11, 8),
                noFestivals, FESTIVALS, LABELS);
        assertThat(draft.festival()).isNull();
        assertThat(draft.text()).doesNotContain("Diwali");
    }

    @Test
    void onlyThePostingPlatformsAreAccepted() {
        assertThatThrownBy(() -> post(salon("en"), ChannelKind.WHATSAPP, LocalDate.of(2026, 6, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reviewRepliesThankFourAndFiveStarsAndRefuseTheRest() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        String five = ContentRules.reviewReply(salon("en"), "Asha", 5, day, TEMPLATES);
        assertThat(five).isEqualTo("Dear Asha, thanks for the five stars at Glow Beauty Salon!");
        String four = ContentRules.reviewReply(salon("en"), "Asha", 4, day, TEMPLATES);
        assertThat(four).contains("five next time");
        assertThat(ContentRules.reviewReply(salon("en"), "  ", 5, day, TEMPLATES)).startsWith("Dear valued customer,");
        assertThat(ContentRules.reviewReply(salon("hi-IN"), null, 4, day, TEMPLATES))
                .isEqualTo("प्रिय ग्राहक, Glow Beauty Salon चुनने के लिए धन्यवाद!");
        assertThat(ContentRules.reviewReply(salon("en"), "Asha", 5, day, TEMPLATES))
                .isEqualTo(ContentRules.reviewReply(salon("en"), "Asha", 5, day, TEMPLATES));
        for (int stars : new int[] {0, 1, 2, 3, 6}) {
            assertThatThrownBy(() -> ContentRules.reviewReply(salon("en"), "Asha", stars, day, TEMPLATES))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aVeryLongReviewerNameIsShortened() {
        String reply = ContentRules.reviewReply(salon("en"), "A".repeat(500), 5, LocalDate.of(2026, 6, 1), TEMPLATES);
        assertThat(reply.length()).isLessThan(200);
    }
}
