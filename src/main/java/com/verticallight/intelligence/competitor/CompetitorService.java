package com.verticallight.intelligence.competitor;

import com.verticallight.i18n.Text;
import com.verticallight.business.Business;
import com.verticallight.business.BusinessRepository;
import com.verticallight.intelligence.competitor.CompetitorAnalysis.Place;
import com.verticallight.intelligence.competitor.CompetitorAnalysis.Seen;
import com.verticallight.intelligence.competitor.CompetitorObservation.Source;
import com.verticallight.intelligence.competitor.CompetitorViews.AlertView;
import com.verticallight.intelligence.competitor.CompetitorViews.Analysis;
import com.verticallight.intelligence.competitor.CompetitorViews.ImportResult;
import com.verticallight.intelligence.competitor.CompetitorViews.OwnFigures;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.review.Review;
import com.verticallight.review.ReviewRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Competitors near a business: fetched from Places or imported, then analysed within its service radius. */
@ApplicationScoped
public class CompetitorService {

    @Inject
    BusinessRepository businesses;

    @Inject
    CompetitorRepository competitors;

    @Inject
    CompetitorObservationRepository observations;

    @Inject
    CompetitorAlertRepository alerts;

    @Inject
    ReviewRepository reviews;

    @Inject
    CompetitorRecorder recorder;

    @Inject
    PlacesClient places;

    @Inject
    PlaceTypes placeTypes;

    @Inject
    CompetitorConfig config;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    /** Fetches nearby competitors from Places (outside any transaction), then stores them in one. */
    public Uni<ImportResult> refresh(UUID businessId) {
        return Panache.withSession(() -> business(businessId)).chain(business -> {
            String key = places.requireKey();
            return placeTypes.forCategory(business.category.code()).chain(types -> {
                if (types.isEmpty()) {
                    throw ProblemException.invalid("category", Text.of("intelligence.hasNoPlacesTypesSearch"));
                }
                return places.nearby(key, types, business.latitude, business.longitude,
                        business.serviceRadiusKm * 1000);
            }).chain(found -> Panache.withTransaction(() -> recorder.record(businessId, Source.PLACES, now(), found)));
        });
    }

    /**
     * The daily refresh: fetches from Places only when a key is configured and the business's last Places
     * observation is older than {@code minInterval}. Returns whether it fetched.
     */
    public Uni<Boolean> refreshIfDue(UUID businessId, java.time.Duration minInterval) {
        if (!places.hasKey()) {
            return Uni.createFrom().item(false);
        }
        return Panache.withSession(() -> observations.count("businessId = :b and source = :places and observedAt > :since",
                Map.of("b", businessId, "places", Source.PLACES, "since", clock.instant().minus(minInterval))))
                .chain(recent -> recent > 0 ? Uni.createFrom().item(false) : refresh(businessId).replaceWith(true));
    }

    public Uni<ImportResult> importList(UUID businessId, CompetitorImport list) {
        Instant observedAt = list.observedAt() == null ? now() : list.observedAt().truncatedTo(ChronoUnit.SECONDS);
        return Panache.withTransaction(() -> business(businessId)
                .chain(business -> recorder.record(businessId, Source.IMPORT, observedAt, list.competitors())));
    }

    public Uni<ImportResult> importCsv(UUID businessId, String csv) {
        return Panache.withTransaction(() -> business(businessId).chain(business -> {
            List<CompetitorInput> inputs = CompetitorCsv.parse(csv, validator);
            return recorder.record(businessId, Source.IMPORT, now(), inputs);
        }));
    }

    /** The analysis; the owner may give the business's own rating and review count instead of the stored reviews. */
    public Uni<Analysis> analysis(UUID businessId, Double ownRating, Integer ownReviewCount) {
        return Panache.withSession(() -> business(businessId).chain(business -> latestOfEach(businessId)
                .chain(seen -> own(businessId, ownRating, ownReviewCount)
                        .map(own -> CompetitorAnalysis.analyse(businessId, new Place(business.latitude,
                                business.longitude, business.serviceRadiusKm), own, seen, config)))));
    }

    public Uni<List<AlertView>> alerts(UUID businessId) {
        return Panache.withSession(() -> business(businessId).chain(business -> alertsSince(businessId, Instant.EPOCH)));
    }

    /** Alerts observed since the instant, newest first; joins the caller's session. */
    public Uni<List<AlertView>> alertsSince(UUID businessId, Instant since) {
        return alerts.list("businessId = :b and observedAt >= :since", Map.of("b", businessId, "since", since),
                "observedAt desc, kind").chain(found -> competitors.list("businessId = :b", Map.of("b", businessId), null)
                .map(all -> {
                    Map<UUID, String> names = all.stream().collect(Collectors.toMap(c -> c.id, c -> c.name));
                    return found.stream().map(a -> new AlertView(a.id, a.competitorId, names.get(a.competitorId),
                            a.kind.name(), a.previousValue, a.currentValue, a.previousAt, a.observedAt)).toList();
                }));
    }

    private Uni<List<Seen>> latestOfEach(UUID businessId) {
        return competitors.list("businessId = :b", Map.of("b", businessId), null)
                .chain(all -> observations.list("businessId = :b", Map.of("b", businessId), "observedAt desc")
                        .map(observed -> {
                            Map<UUID, CompetitorObservation> latest = new LinkedHashMap<>();
                            observed.forEach(o -> latest.putIfAbsent(o.competitorId, o));
                            Map<UUID, Competitor> byId = all.stream().collect(Collectors.toMap(c -> c.id,
                                    Function.identity()));
                            List<Seen> seen = new ArrayList<>();
                            latest.forEach((id, o) -> seen.add(new Seen(byId.get(id), o)));
                            return seen;
                        }));
    }

    private Uni<OwnFigures> own(UUID businessId, Double ownRating, Integer ownReviewCount) {
        if (ownRating != null || ownReviewCount != null) {
            return Uni.createFrom().item(new OwnFigures(ownRating, ownReviewCount, "owner"));
        }
        return reviews.list("businessId = :b", Map.of("b", businessId), null).map(CompetitorService::fromReviews);
    }

    static OwnFigures fromReviews(List<Review> stored) {
        if (stored.isEmpty()) {
            return new OwnFigures(null, null, null);
        }
        double average = stored.stream().mapToInt(r -> r.stars).average().orElseThrow();
        return new OwnFigures(Math.round(average * 100) / 100.0, stored.size(), "reviews");
    }

    private Uni<Business> business(UUID businessId) {
        return businesses.getById(businessId, "Business");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
