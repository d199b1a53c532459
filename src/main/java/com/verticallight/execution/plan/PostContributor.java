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
        String title = "Post on " + kind.displayName();
        if (connection.status() == ConnectionStatus.NEEDS_REAUTH) {
            return Uni.createFrom().item(PlannedTask.blocked(key, taskType, kind, connection.id(), title,
                    kind.displayName() + " no longer accepts our access", reconnect(kind, connection)));
        }
        return content.dailyPost(day.business(), kind, day.date()).map(draft -> {
            String trigger = trigger(draft, day);
            if (draft.needsImage() && day.photoUrls().isEmpty()) {
                return PlannedTask.manual(key, taskType, kind, title, draft.text(), trigger,
                        new HandOff("add-instagram-photos", "Post today's Instagram caption with a photo",
                                "Instagram only publishes posts with a picture and no photo links are saved in the "
                                        + "daily plan settings. Today's caption, ready to paste:\n\n" + draft.text(),
                                Priority.MEDIUM, "No photos in the daily plan settings; Instagram is connected",
                                "instagram-photo:" + day.date()));
            }
            String claim = FactCheck.needsReview(draft.text(), facts(day));
            if (claim != null) {
                return PlannedTask.manual(key, taskType, kind, title, draft.text(), trigger,
                        new HandOff("check-post-claims", "Check today's " + kind.displayName() + " post before posting",
                                "Today's post " + claim + ", so it was not published. Post it on "
                                        + kind.displayName() + " yourself once the claim is true, or remove the "
                                        + "claim first. Today's post, ready to paste:\n\n" + draft.text(),
                                Priority.MEDIUM, "Fact check of the day's post: " + claim,
                                "post-claims:" + kind.name().toLowerCase(Locale.ROOT) + ":" + day.date()));
            }
            return PlannedTask.automated(key, taskType, kind, connection.id(), title, draft.text(), trigger,
                    action(kind, draft, day));
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

    private static String trigger(PostDraft draft, DayContext day) {
        String because = "Connected channel; theme \"" + draft.theme() + "\" from the category's content themes";
        return draft.festival() == null ? because : because + "; upcoming festival " + draft.festival();
    }

    static HandOff reconnect(ChannelKind kind, ResolvedConnection connection) {
        String key = "reconnect-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return new HandOff(key, null, kind.displayName() + " no longer accepts our access, so today's "
                + "automation could not use it. Reconnect it and press Run now in the daily plan.", Priority.HIGH,
                "Connection " + connection.id() + " is NEEDS_REAUTH", "connection:" + connection.id());
    }
}
