package com.verticallight.content;

import com.verticallight.business.Business;
import com.verticallight.channel.ChannelKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** TEMPORARY stand-in until the content branch lands (replaced on merge). */
@ApplicationScoped
public class ContentGenerator {

    public Uni<PostDraft> dailyPost(Business business, ChannelKind platform, LocalDate date) {
        return Uni.createFrom().item(new PostDraft("Today at " + business.name + " (" + date + ")", List.of(), "daily",
                null, "en", platform == ChannelKind.INSTAGRAM));
    }

    public Uni<String> reviewReply(Business business, String reviewerName, int stars, LocalDate date) {
        if (stars < 4) {
            throw new IllegalArgumentException("stars");
        }
        return Uni.createFrom().item("Thank you " + reviewerName + " from " + business.name);
    }
}
