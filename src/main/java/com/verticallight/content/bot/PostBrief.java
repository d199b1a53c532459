package com.verticallight.content.bot;

import com.verticallight.business.Business;
import com.verticallight.channel.ChannelKind;
import com.verticallight.content.ContentGenerator.OwnDate;
import com.verticallight.content.PostDraft;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a writer gets to write one post: the business, the platform and day, the business's own dates, the texts
 * used recently on that platform, and (for the LLM) the template's choice of theme, festival and language.
 */
public record PostBrief(Business business, ChannelKind platform, LocalDate date, List<OwnDate> ownDates,
        Set<String> avoid, PostDraft basis) {

    PostBrief withBasis(PostDraft draft) {
        return new PostBrief(business, platform, date, ownDates, avoid, draft);
    }
}
