package com.verticallight.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connector.meta.InstagramCaption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PlatformFormatTest {

    private static final List<String> FORTY_TAGS = IntStream.range(0, 40).mapToObj(i -> "#Tag" + i).toList();

    @Test
    void instagramKeepsToItsCaptionLimits() {
        String mentions = String.join(" ", IntStream.range(0, 25).mapToObj(i -> "@friend" + i).toList());
        String inlineTags = String.join(" ", IntStream.range(0, 10).mapToObj(i -> "#Inline" + i).toList());
        String body = "Come and see us! " + mentions + " " + inlineTags + " " + "lovely words ".repeat(400);
        PlatformFormat.Formatted caption = PlatformFormat.format(ChannelKind.INSTAGRAM, body, FORTY_TAGS);
        assertThat(PlatformFormat.length(caption.text())).isLessThanOrEqualTo(InstagramCaption.MAX_CHARACTERS);
        assertThat(InstagramCaption.hashtags(caption.text())).isLessThanOrEqualTo(InstagramCaption.MAX_HASHTAGS);
        assertThat(InstagramCaption.mentions(caption.text())).isEqualTo(InstagramCaption.MAX_MENTIONS);
        assertThat(caption.hashtags()).hasSize(20).startsWith("#Tag0");
        assertThat(caption.text()).endsWith("#Tag19").contains("…\n\n#Tag0 ");
        assertThat(caption.text()).contains("friend24"); // the name stays, only the @ goes
    }

    @Test
    void instagramTakesAllHashtagsWhenThereIsRoom() {
        PlatformFormat.Formatted caption = PlatformFormat.format(ChannelKind.INSTAGRAM, "Hello Kolkata!", FORTY_TAGS.subList(0, 6));
        assertThat(caption.text()).isEqualTo("Hello Kolkata!\n\n#Tag0 #Tag1 #Tag2 #Tag3 #Tag4 #Tag5");
        assertThat(caption.hashtags()).hasSize(6);
    }

    @Test
    void googleGetsNoHashtagsAndAtMost1500Characters() {
        String body = "Diwali at #GlowSalon, the #1 choice. " + "Lovely festive looks ".repeat(100);
        PlatformFormat.Formatted post = PlatformFormat.format(ChannelKind.GOOGLE_BUSINESS_PROFILE, body, FORTY_TAGS);
        assertThat(post.hashtags()).isEmpty();
        assertThat(post.text()).doesNotContain("#").startsWith("Diwali at GlowSalon, the 1 choice.").endsWith("…");
        assertThat(PlatformFormat.length(post.text())).isLessThanOrEqualTo(PlatformFormat.GOOGLE_MAX_CHARACTERS);
    }

    @Test
    void facebookTakesUpToThreeHashtags() {
        PlatformFormat.Formatted post = PlatformFormat.format(ChannelKind.FACEBOOK_PAGE, "Hello!", FORTY_TAGS);
        assertThat(post.text()).isEqualTo("Hello!\n\n#Tag0 #Tag1 #Tag2");
        assertThat(post.hashtags()).containsExactly("#Tag0", "#Tag1", "#Tag2");
        assertThat(PlatformFormat.format(ChannelKind.FACEBOOK_PAGE, "Hello!", List.of()).text()).isEqualTo("Hello!");
    }

    @Test
    void truncationCountsCharactersNotUtf16Units() {
        String hindi = "दिवाली की शुभकामनाएँ 🎉 ".repeat(200);
        String cut = PlatformFormat.truncate(hindi, 100);
        assertThat(PlatformFormat.length(cut)).isLessThanOrEqualTo(100);
        assertThat(cut).endsWith("…");
        assertThat(PlatformFormat.truncate("short", 100)).isEqualTo("short");
    }

    @Test
    void hashtagsAreLettersAndDigitsOnly() {
        assertThat(Hashtags.of("Glow Beauty Salons")).isEqualTo("#GlowBeautySalons");
        assertThat(Hashtags.of("styling_tips")).isEqualTo("#StylingTips");
        assertThat(Hashtags.of("New Year's Day")).isEqualTo("#NewYearsDay");
        assertThat(Hashtags.of("Ugadi / Gudi Padwa")).isEqualTo("#UgadiGudiPadwa");
        assertThat(Hashtags.of("Café Déjà-vu 24x7")).isEqualTo("#CafeDejaVu24x7");
        assertThat(Hashtags.of("सुंदर सैलून")).isNull();
        assertThat(Hashtags.of("  ")).isNull();
    }

    @Test
    void postsCarryBusinessCityThemeAndFestivalHashtagsWithGoogleLeftBare() {
        ContentRules.Subject salon = new ContentRules.Subject(UUID.randomUUID(), "Glow Beauty Salons", "Kolkata", "salon",
                "en", List.of("styling_tips"), "IN", "Asia/Kolkata");
        FestivalEntry diwali = FestivalEntry.of("diwali", "Diwali", LocalDate.of(2026, 11, 8), "IN",
                List.of("festival_of_lights"), Map.of());
        List<String> tags = Hashtags.forPost(salon, "styling_tips", diwali, "en");
        assertThat(tags).containsExactly("#Diwali", "#GlowBeautySalons", "#Kolkata", "#KolkataSalon", "#StylingTips",
                "#FestivalOfLights", "#SupportLocal");
        List<ContentTemplate> templates = new ArrayList<>(List.of(
                ContentTemplate.of("a", "*", "en", "post", null, "Hello from {business}"),
                ContentTemplate.of("b", "*", "en", "festival_post", null, "{festival} is {when} at {business}")));
        LocalDate day = LocalDate.of(2026, 11, 6);
        PostDraft facebook = ContentRules.dailyPost(salon, ChannelKind.FACEBOOK_PAGE, day, templates, List.of(diwali), Map.of());
        assertThat(facebook.text()).isEqualTo("Diwali is on Sunday, 8 November at Glow Beauty Salons\n\n#Diwali #GlowBeautySalons #Kolkata");
        assertThat(facebook.needsImage()).isFalse();
        PostDraft instagram = ContentRules.dailyPost(salon, ChannelKind.INSTAGRAM, day, templates, List.of(diwali), Map.of());
        assertThat(instagram.needsImage()).isTrue();
        assertThat(instagram.hashtags()).hasSize(7);
        PostDraft google = ContentRules.dailyPost(salon, ChannelKind.GOOGLE_BUSINESS_PROFILE, day, templates, List.of(diwali), Map.of());
        assertThat(google.hashtags()).isEmpty();
        assertThat(google.text()).doesNotContain("#").isEqualTo("Diwali is on Sunday, 8 November at Glow Beauty Salons");
        assertThat(google.festival()).isEqualTo("diwali");
        assertThat(google.needsImage()).isFalse();
    }

    @Test
    void aPostInAnotherLanguageCarriesNoEnglishWordTagsAndNamesTheFestivalAndCityInItsLanguage() {
        FestivalEntry diwali = FestivalEntry.of("diwali", "Diwali", LocalDate.of(2026, 11, 8), "IN",
                List.of("festival_of_lights"), Map.of("es", "Diwali", "ar", "ديوالي", "zh", "排灯节"));
        for (String language : List.of("es", "ar", "zh")) {
            ContentRules.Subject salon = new ContentRules.Subject(UUID.randomUUID(), "Glow Beauty Salons", "Kolkata",
                    "salon", language, List.of("styling_tips"), "IN", "Asia/Kolkata");
            List<String> tags = Hashtags.forPost(salon, "styling_tips", diwali, language);
            assertThat(tags).as(language).startsWith(Map.of("es", "#Diwali", "ar", "#ديوالي", "zh", "#排灯节").get(language))
                    .contains("#GlowBeautySalons").doesNotContain("#StylingTips", "#FestivalOfLights", "#SupportLocal",
                            "#KolkataSalon");
        }
        ContentRules.Subject arabic = new ContentRules.Subject(UUID.randomUUID(), "Glow", "Kolkata", "salon", "ar",
                List.of(), "IN", "Asia/Kolkata");
        assertThat(ContentRules.cityIn(arabic, "ar")).isEqualTo("كالكتا");
        assertThat(ContentRules.cityIn(arabic, "en")).isEqualTo("Kolkata");
        ContentRules.Subject mumbai = new ContentRules.Subject(UUID.randomUUID(), "Glow", "Mumbai", "salon", "ar",
                List.of(), "IN", "Asia/Kolkata");
        assertThat(ContentRules.cityIn(mumbai, "ar")).as("not CLDR's city: as the owner wrote it").isEqualTo("Mumbai");
        assertThat(Hashtags.inScript("عيد الأضحى")).isEqualTo("#عيد_الأضحى");
    }
}
