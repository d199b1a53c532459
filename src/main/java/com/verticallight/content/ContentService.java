package com.verticallight.content;

import com.verticallight.i18n.Text;
import com.verticallight.business.Business;
import com.verticallight.business.BusinessRepository;
import com.verticallight.platform.problem.Problem.FieldError;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.Map;

/** The content API: the festival calendar and previews of the posts the generator writes for a business. */
@ApplicationScoped
public class ContentService {

    static final int MAX_FESTIVAL_RANGE_DAYS = 400;
    static final int DEFAULT_FESTIVAL_RANGE_DAYS = 90;

    @Inject
    BusinessRepository businesses;

    @Inject
    ContentGenerator generator;

    @Inject
    FestivalCalendar calendar;

    @Inject
    Clock clock;

    /** Festivals of the country from {@code from} (today when null) to {@code to} (90 days later when null). */
    @WithSession
    public Uni<List<FestivalView>> festivals(String country, LocalDate from, LocalDate to) {
        List<FieldError> errors = new ArrayList<>();
        if (country == null || !country.trim().matches("[A-Za-z]{2}")) {
            errors.add(FieldError.of("country", Text.of("content.iso3166Alpha2Country")));
        }
        LocalDate first = from == null ? LocalDate.now(clock) : from;
        LocalDate last = to == null ? first.plusDays(DEFAULT_FESTIVAL_RANGE_DAYS) : to;
        if (first.isAfter(last)) {
            errors.add(FieldError.of("to", Text.of("content.notBeforeFrom")));
        } else if (ChronoUnit.DAYS.between(first, last) > MAX_FESTIVAL_RANGE_DAYS) {
            errors.add(FieldError.of("to", Text.of("content.daysAfterFrom", Map.of("days", MAX_FESTIVAL_RANGE_DAYS))));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return calendar.entries(country.trim().toUpperCase(Locale.ROOT), first, last)
                .map(all -> all.stream().map(FestivalView::of).toList());
    }

    /** The drafts for Facebook, Instagram and Google of the day (today in the business's time zone when null). */
    @WithSession
    public Uni<ContentPreview> preview(UUID businessId, LocalDate date) {
        return businesses.getById(businessId, "Business").chain(business -> {
            LocalDate day = date != null ? date : LocalDate.now(clock.withZone(ZoneId.of(business.timeZone)));
            return drafts(business, day).map(drafts -> new ContentPreview(business.id, day, drafts));
        });
    }

    /** One platform after the other: they share the session. */
    private Uni<List<ContentPreview.PlatformDraft>> drafts(Business business, LocalDate day) {
        return Multi.createFrom().iterable(PlatformFormat.PLATFORMS)
                .onItem().transformToUniAndConcatenate(platform -> generator.dailyPost(business, platform, day)
                        .map(draft -> ContentPreview.PlatformDraft.of(platform, draft)))
                .collect().asList();
    }
}
