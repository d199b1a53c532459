package com.verticallight.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.channel.ChannelKind;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The weekly bot's selection: over 56 consecutive days no text repeats on a platform, given the last 56 days' texts. */
class NoRepeatSelectionTest {

    private static final UUID BUSINESS = UUID.fromString("0b7e1c2a-9d3f-4a5b-8c6d-7e8f9a0b1c2d");
    private static final List<String> THEMES = List.of("before_after", "styling_tips", "product_features");

    /** As many texts as a salon has in English: 4 of its own and 5 for any category; 2 + 3 calls to action. */
    private static final List<ContentTemplate> TEMPLATES = java.util.stream.Stream.concat(
            IntStream.rangeClosed(1, 9).mapToObj(i -> ContentTemplate.of("t." + i, i <= 4 ? "salon" : "*", "en", "post",
                    null, "Text " + i + " at {business}: {theme}. {offer_hint}")),
            IntStream.rangeClosed(1, 5).mapToObj(i -> ContentTemplate.of("c." + i, i <= 2 ? "salon" : "*", "en",
                    "offer_hint", null, "Call to action " + i + ".")))
            .toList();

    private static List<String> fiftySixDays(ChannelKind platform, boolean avoidRecent) {
        ContentRules.Subject salon = new ContentRules.Subject(BUSINESS, "Glow", "Kolkata", "salon", "en", THEMES, "IN",
                "Asia/Kolkata");
        Deque<String> recent = new ArrayDeque<>();
        List<String> texts = new java.util.ArrayList<>();
        LocalDate first = LocalDate.of(2026, 3, 2);
        for (int day = 0; day < 56; day++) {
            Set<String> avoid = avoidRecent ? new HashSet<>(recent) : Set.of();
            String text = ContentRules.dailyPost(salon, platform, first.plusDays(day), TEMPLATES, List.of(),
                    Map.of(), avoid).text();
            texts.add(text);
            recent.addLast(text);
            if (recent.size() > 56) {
                recent.removeFirst();
            }
        }
        return texts;
    }

    @Test
    void noTextRepeatsOnAPlatformOverFiftySixConsecutiveDays() {
        for (ChannelKind platform : PlatformFormat.PLATFORMS) {
            List<String> texts = fiftySixDays(platform, true);
            assertThat(Set.copyOf(texts)).as(platform.name()).hasSize(56);
        }
    }

    @Test
    void theDaysRotationAloneWouldRepeat() {
        List<String> texts = fiftySixDays(ChannelKind.FACEBOOK_PAGE, false);
        assertThat(Set.copyOf(texts)).as("why the bot passes the recent texts").hasSizeLessThan(56);
    }
}
