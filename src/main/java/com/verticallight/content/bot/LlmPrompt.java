package com.verticallight.content.bot;

import com.verticallight.business.Business;
import com.verticallight.business.OpeningPeriod;
import com.verticallight.channel.ChannelKind;
import com.verticallight.content.PostDraft;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The messages the language model gets: the platform's rules, then the business's facts and the day's subject. */
final class LlmPrompt {

    private LlmPrompt() {
    }

    static String system(PostBrief brief) {
        return "You write one social media post for a small local business in India. Write only the post text, in "
                + "the language with the code \"" + brief.basis().language() + "\". " + rules(brief.platform())
                + " Never invent discounts, prices, opening hours or promises the facts do not state.";
    }

    static String user(PostBrief brief) {
        Business b = brief.business();
        PostDraft basis = brief.basis();
        StringBuilder facts = new StringBuilder()
                .append("Business: ").append(b.name).append('\n')
                .append("Kind of business: ").append(b.category == null ? "local business" : b.category.code()).append('\n')
                .append("City: ").append(b.city == null ? "" : b.city).append('\n')
                .append("Day: ").append(brief.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .append(", ").append(brief.date()).append('\n')
                .append("Theme of the day: ").append(basis.theme() == null ? "" : basis.theme().replace('_', ' ')).append('\n');
        if (basis.festival() != null) {
            facts.append("Occasion this week: ").append(basis.festival().replace('-', ' ')).append('\n');
        }
        String hours = hours(b, brief);
        if (!hours.isEmpty()) {
            facts.append("Opening hours that day: ").append(hours).append('\n');
        }
        if (!brief.ownDates().isEmpty()) {
            facts.append("The business's own dates (the only offers it runs): ").append(brief.ownDates().stream()
                    .map(d -> d.name() + " on " + d.date()).collect(Collectors.joining("; "))).append('\n');
        }
        if (b.website != null && !b.website.isBlank()) {
            facts.append("Website: ").append(b.website).append('\n');
        }
        return facts.append("Write the post.").toString();
    }

    private static String rules(ChannelKind platform) {
        return switch (platform) {
            case INSTAGRAM -> "It is an Instagram caption: at most 2,200 characters, at most 30 hashtags, at most 20 "
                    + "@-mentions; end with a few relevant hashtags.";
            case GOOGLE_BUSINESS_PROFILE -> "It is a Google Business Profile update: at most 1,500 characters, no "
                    + "hashtags, end with an invitation to visit or call.";
            default -> "It is a Facebook Page post: friendly, a few sentences, at most 3 hashtags.";
        };
    }

    private static String hours(Business b, PostBrief brief) {
        if (b.operatingHours == null) {
            return "";
        }
        List<OpeningPeriod> periods = b.operatingHours.get(brief.date().getDayOfWeek());
        return periods == null ? "" : periods.stream().map(p -> p.opens() + "-" + p.closes())
                .collect(Collectors.joining(", "));
    }
}
