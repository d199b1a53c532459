package com.verticallight.content;

import com.verticallight.business.Business;
import com.verticallight.channel.ChannelKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The built-in content generator: posts and review replies from the template, theme and festival tables (see
 * {@link ContentRules} for how it chooses). Callers open the Hibernate Reactive session; the reads run one after
 * the other on it.
 */
@ApplicationScoped
public class ContentGenerator {

    @Inject
    FestivalCalendar calendar;

    /**
     * Today's post for this business on this platform (FACEBOOK_PAGE, INSTAGRAM or GOOGLE_BUSINESS_PROFILE). Must be
     * called inside a Hibernate Reactive session (reads templates/festivals). Deterministic for (business, platform,
     * date).
     *
     * @throws IllegalArgumentException for another platform
     */
    public Uni<PostDraft> dailyPost(Business business, ChannelKind platform, LocalDate date) {
        PlatformFormat.slot(platform);
        Objects.requireNonNull(date, "date");
        ContentRules.Subject subject = ContentRules.Subject.of(business);
        return calendar.entries(business.country, date, date.plusDays(ContentRules.FESTIVAL_DAYS_AHEAD))
                .chain(festivals -> templates(subject)
                        .chain(templates -> themeLabels(subject)
                                .map(labels -> ContentRules.dailyPost(subject, platform, date, templates, festivals,
                                        labels))));
    }

    /**
     * The day's post as {@link #dailyPost}, with the business's own dates (an anniversary sale) counted as festivals,
     * and a text that is none of {@code avoid} while another combination of template and call to action is left.
     * Must be called inside a Hibernate Reactive session.
     */
    public Uni<PostDraft> weeklyPost(Business business, ChannelKind platform, LocalDate date, List<OwnDate> ownDates,
            Set<String> avoid) {
        PlatformFormat.slot(platform);
        ContentRules.Subject subject = ContentRules.Subject.of(business);
        return calendar.entries(business.country, date, date.plusDays(ContentRules.FESTIVAL_DAYS_AHEAD))
                .chain(festivals -> templates(subject)
                        .chain(templates -> themeLabels(subject)
                                .map(labels -> ContentRules.dailyPost(subject, platform, date, templates,
                                        withOwnDates(festivals, ownDates, business.country), labels, avoid))));
    }

    /** A date of the business's own (anniversary, sale) that its posts announce like a festival. */
    public record OwnDate(String key, String name, LocalDate date) {
    }

    private static List<FestivalEntry> withOwnDates(List<FestivalEntry> festivals, List<OwnDate> own, String country) {
        List<FestivalEntry> all = new java.util.ArrayList<>(own.stream()
                .map(d -> FestivalEntry.of(d.key(), d.name(), d.date(), country, List.of(), Map.of())).toList());
        all.addAll(festivals);
        return all;
    }

    /**
     * A public reply to a review, in the business's language; only for 4 or 5 stars. Must be called inside a
     * Hibernate Reactive session. Deterministic for (business, reviewer, stars, date).
     *
     * @throws IllegalArgumentException below 4 stars (those go to a person) or above 5
     */
    public Uni<String> reviewReply(Business business, String reviewerName, int stars, LocalDate date) {
        ContentRules.requireAutomaticReply(stars);
        Objects.requireNonNull(date, "date");
        ContentRules.Subject subject = ContentRules.Subject.of(business);
        return templates(subject).map(templates -> ContentRules.reviewReply(subject, reviewerName, stars, date,
                templates));
    }

    /** The templates of the business's category and of any category, in its language and in English. */
    private static Uni<List<ContentTemplate>> templates(ContentRules.Subject subject) {
        Set<String> languages = new LinkedHashSet<>(List.of(ContentRules.primaryLanguage(subject.language()),
                ContentRules.DEFAULT_LANGUAGE));
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from ContentTemplate t where t.category in (:categories) and t.language in (:languages)"
                                + " order by t.id", ContentTemplate.class)
                .setParameter("categories", List.of(subject.category(), ContentTemplate.ANY_CATEGORY))
                .setParameter("languages", List.copyOf(languages))
                .getResultList());
    }

    private static Uni<Map<String, Map<String, String>>> themeLabels(ContentRules.Subject subject) {
        Set<String> codes = new LinkedHashSet<>(subject.themes());
        codes.addAll(ContentRules.GENERIC_THEMES);
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "from ContentTheme t where t.code in (:codes)", ContentTheme.class)
                .setParameter("codes", List.copyOf(codes))
                .getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(t -> t.code,
                        t -> t.labels == null ? Map.of() : t.labels)));
    }
}
