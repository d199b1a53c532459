package com.verticallight.intelligence.competitor;

import com.verticallight.intelligence.competitor.CompetitorObservation.Source;
import com.verticallight.intelligence.competitor.CompetitorViews.ImportResult;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stores one fetch or import: a competitor row per place (new or known) and an observation per place and date,
 * and an alert for each sharp move since the competitor's previous observation. Joins the caller's transaction.
 * Importing the same date again adds nothing.
 */
@ApplicationScoped
public class CompetitorRecorder {

    @Inject
    CompetitorRepository competitors;

    @Inject
    CompetitorObservationRepository observations;

    @Inject
    CompetitorAlertRepository alerts;

    @Inject
    CompetitorConfig config;

    @Inject
    Clock clock;

    public Uni<ImportResult> record(UUID businessId, Source source, Instant observedAt, List<CompetitorInput> inputs) {
        Map<String, CompetitorInput> byKey = new LinkedHashMap<>();
        inputs.forEach(input -> byKey.putIfAbsent(input.key(), input));
        List<int[]> tallies = new ArrayList<>();
        return Multi.createFrom().iterable(byKey.values())
                .onItem().transformToUniAndConcatenate(input -> one(businessId, source, observedAt, input))
                .onItem().invoke(tallies::add)
                .collect().asList()
                .map(ignored -> new ImportResult(observedAt, byKey.size(),
                        tallies.stream().mapToInt(t -> t[0]).sum(), tallies.stream().mapToInt(t -> t[1]).sum()));
    }

    /** {new competitor (0/1), alerts raised}. */
    private Uni<int[]> one(UUID businessId, Source source, Instant observedAt, CompetitorInput input) {
        return competitors.first("businessId = :b and externalId = :e", Map.of("b", businessId, "e", input.key()))
                .chain(known -> known == null ? competitors.add(competitor(businessId, input, observedAt))
                        .map(added -> new Found(added, true)) : Uni.createFrom().item(new Found(seen(known, input,
                        observedAt), false)))
                .chain(found -> observe(found, source, observedAt, input)
                        .map(raised -> new int[] {found.isNew ? 1 : 0, raised}));
    }

    private record Found(Competitor competitor, boolean isNew) {
    }

    private Uni<Integer> observe(Found found, Source source, Instant observedAt, CompetitorInput input) {
        UUID competitorId = found.competitor.id;
        return observations.first("competitorId = :c and observedAt = :at", Map.of("c", competitorId, "at", observedAt))
                .chain(same -> same != null ? Uni.createFrom().item(0)
                        : observations.page("competitorId = :c and observedAt < :at",
                                Map.of("c", competitorId, "at", observedAt), "observedAt desc", 0, 1)
                                .map(found1 -> found1.isEmpty() ? null : found1.get(0))
                                .chain(previous -> {
                                    CompetitorObservation current = observation(found.competitor, source, observedAt,
                                            input);
                                    return observations.add(current).chain(() -> raise(previous, current));
                                }));
    }

    private Uni<Integer> raise(CompetitorObservation previous, CompetitorObservation current) {
        if (previous == null) {
            return Uni.createFrom().item(0);
        }
        List<AlertRules.Move> moves = AlertRules.between(previous, current, config.ratingAlert(),
                config.reviewCountAlert());
        return Multi.createFrom().iterable(moves)
                .onItem().transformToUniAndConcatenate(move -> alerts.add(alert(previous, current, move)))
                .collect().asList().map(List::size);
    }

    private CompetitorAlert alert(CompetitorObservation previous, CompetitorObservation current, AlertRules.Move move) {
        CompetitorAlert alert = new CompetitorAlert();
        alert.businessId = current.businessId;
        alert.competitorId = current.competitorId;
        alert.kind = move.kind();
        alert.previousValue = move.previous();
        alert.currentValue = move.current();
        alert.previousAt = previous.observedAt;
        alert.observedAt = current.observedAt;
        alert.createdAt = clock.instant();
        return alert;
    }

    private static Competitor competitor(UUID businessId, CompetitorInput input, Instant observedAt) {
        Competitor competitor = new Competitor();
        competitor.businessId = businessId;
        competitor.externalId = input.key();
        competitor.name = input.name();
        competitor.firstSeenAt = observedAt;
        competitor.lastSeenAt = observedAt;
        return competitor;
    }

    private static Competitor seen(Competitor known, CompetitorInput input, Instant observedAt) {
        if (observedAt.isAfter(known.lastSeenAt)) {
            known.lastSeenAt = observedAt;
            known.name = input.name();
        }
        if (observedAt.isBefore(known.firstSeenAt)) {
            known.firstSeenAt = observedAt;
        }
        return known;
    }

    private static CompetitorObservation observation(Competitor competitor, Source source, Instant observedAt,
            CompetitorInput input) {
        CompetitorObservation o = new CompetitorObservation();
        o.businessId = competitor.businessId;
        o.competitorId = competitor.id;
        o.source = source;
        o.observedAt = observedAt;
        o.latitude = input.latitude();
        o.longitude = input.longitude();
        o.rating = input.rating();
        o.reviewCount = input.reviewCount();
        o.priceLevel = input.priceLevel();
        o.hasWebsite = input.websiteKnown();
        o.website = input.website();
        o.closesAt = input.closesAt() == null ? null : LocalTime.parse(input.closesAt());
        o.types = input.types() == null || input.types().isEmpty() ? null : String.join(",", input.types());
        o.status = input.businessStatus();
        return o;
    }
}
