package com.verticallight.execution.plan;

import com.verticallight.business.Business;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionStatus;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.content.ContentGenerator;
import com.verticallight.content.FactCheck;
import com.verticallight.content.PostDraft;
import com.verticallight.execution.HandOff;
import com.verticallight.execution.Priority;
import com.verticallight.i18n.Phrase;
import com.verticallight.i18n.Words;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Today's post on each connected Facebook Page, Instagram account and Google Business Profile. */
@ApplicationScoped
public class PostContributor implements PlanContributor {

    static final Set<ChannelKind> POSTING = Set.of(ChannelKind.FACEBOOK_PAGE, ChannelKind.INSTAGRAM,
            ChannelKind.GOOGLE_BUSINESS_PROFILE);

    @Inject
    ContentGenerator content;

    @Inject
    Instance<ScheduledPostLookup> scheduledPosts;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Uni<List<PlannedTask>> plan(DayContext day) {
        return taken(day).chain(taken -> {
            List<ResolvedConnection> posting = day.connections().stream()
                    .filter(c -> POSTING.contains(c.kind()) && !taken.contains(c.kind()))
                    .sorted(java.util.Comparator.comparing(c -> c.kind().ordinal())).toList();
            return Multi.createFrom().iterable(posting)
                    .onItem().transformToUniAndConcatenate(connection -> task(day, connection))
                    .collect().asList();
        });
    }

    /** Platforms whose post of the day comes from the weekly content bot, one lookup after the other. */
    private Uni<Set<ChannelKind>> taken(DayContext day) {
        java.time.ZoneId zone = java.time.ZoneId.of(day.business().timeZone);
        return Multi.createFrom().iterable(scheduledPosts.stream().toList())
                .onItem().transformToUniAndConcatenate(l -> l.platformsTakenOn(day.business().id, day.date(), zone))
                .collect().in(java.util.HashSet<ChannelKind>::new, Set::addAll)
                .map(Set::copyOf);
    }

    private Uni<PlannedTask> task(DayContext day, ResolvedConnection connection) {
        ChannelKind kind = connection.kind();
        String key = "post:" + connection.id();
        String taskType = kind == ChannelKind.GOOGLE_BUSINESS_PROFILE ? "google_post" : "social_post";
        Phrase title = Phrase.of("plan.post.title", "channel", kind.displayName());
        if (connection.status() == ConnectionStatus.NEEDS_REAUTH) {
            return Uni.createFrom().item(PlannedTask.blocked(key, taskType, kind, connection.id(), null, null,
                    reconnect(kind, connection)).withWords(Words.of("title", title,
                            "trigger", Phrase.of("plan.post.noAccess", "channel", kind.displayName()))));
        }
        return content.dailyPost(day.business(), kind, day.date()).map(draft -> {
            Words words = Words.of("title", title, "trigger", trigger(draft, kind));
            if (draft.needsImage() && day.photoUrls().isEmpty()) {
                return PlannedTask.manual(key, taskType, kind, null, draft.text(), null,
                        new HandOff("add-instagram-photos", null, null, Priority.MEDIUM, null,
                                "instagram-photo:" + day.date()).withWords(Words.of(
                                        "title", Phrase.of("plan.instagramPhoto.title"),
                                        "reason", Phrase.of("plan.instagramPhoto.reason", "caption", draft.text()),
                                        "trigger", Phrase.of("plan.instagramPhoto.trigger"))))
                        .withWords(words);
            }
            String claim = FactCheck.needsReview(draft.text(), facts(day));
            if (claim != null) {
                return PlannedTask.manual(key, taskType, kind, null, draft.text(), null,
                        new HandOff("check-post-claims", null, null, Priority.MEDIUM, null,
                                "post-claims:" + kind.name().toLowerCase(Locale.ROOT) + ":" + day.date())
                                .withWords(Words.of(
                                        "title", Phrase.of("plan.claims.title", "channel", kind.displayName()),
                                        "reason", Phrase.of("plan.claims.reason", "channel", kind.displayName(),
                                                "claim", claim, "post", draft.text()),
                                        "trigger", Phrase.of("plan.claims.trigger", "claim", claim))))
                        .withWords(words);
            }
            return PlannedTask.automated(key, taskType, kind, connection.id(), null, draft.text(), null,
                    action(kind, draft, day)).withWords(words);
        });
    }

    /**
     * What the business itself says, as the content bot checks its posts against: its name (the day's post
     * announces no own dates, so they are not needed here).
     */
    private static List<String> facts(DayContext day) {
        return java.util.Collections.singletonList(day.business().name);
    }

    private static OutboundAction action(ChannelKind kind, PostDraft draft, DayContext day) {
        Business business = day.business();
        String photo = draft.needsImage() ? photo(day) : null;
        if (kind != ChannelKind.GOOGLE_BUSINESS_PROFILE) {
            return OutboundAction.post(draft.text(), photo, null);
        }
        boolean website = business.website != null && !business.website.isBlank();
        return new OutboundAction(OutboundAction.ActionType.POST, null, null, draft.text(), null, null, null,
                draft.language(), null, null, null, null, website ? business.website : null,
                website ? "LEARN_MORE" : (business.phone != null ? "CALL" : null), null, null, null, null);
    }

    /** The photos rotate by day so consecutive posts differ. */
    private static String photo(DayContext day) {
        List<String> photos = day.photoUrls();
        return photos.get(Math.floorMod(day.date().toEpochDay(), photos.size()));
    }

    private static Phrase trigger(PostDraft draft, ChannelKind kind) {
        return draft.festival() == null ? Phrase.of("plan.post.trigger", "channel", kind.displayName())
                : Phrase.of("plan.post.festivalTrigger", "channel", kind.displayName(), "festival", draft.festival());
    }

    static HandOff reconnect(ChannelKind kind, ResolvedConnection connection) {
        String key = "reconnect-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return new HandOff(key, null, null, Priority.HIGH, null, "connection:" + connection.id())
                .withWords(Words.of("reason", Phrase.of("plan.reconnect.reason", "channel", kind.displayName()),
                        "trigger", Phrase.of("plan.post.noAccess", "channel", kind.displayName())));
    }
}
