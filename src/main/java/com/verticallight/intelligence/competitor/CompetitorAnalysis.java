package com.verticallight.intelligence.competitor;

import com.verticallight.intelligence.competitor.CompetitorViews.Analysis;
import com.verticallight.intelligence.competitor.CompetitorViews.CompetitorView;
import com.verticallight.intelligence.competitor.CompetitorViews.Gap;
import com.verticallight.intelligence.competitor.CompetitorViews.OwnFigures;
import com.verticallight.intelligence.competitor.CompetitorViews.Rank;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The market around a business, computed from the latest observation of each stored competitor. */
public final class CompetitorAnalysis {

    /** A closing time before this is taken as past midnight, i.e. late. */
    private static final LocalTime PAST_MIDNIGHT_UNTIL = LocalTime.of(5, 0);

    public record Place(double latitude, double longitude, double radiusKm) {
    }

    public record Seen(Competitor competitor, CompetitorObservation latest) {
    }

    private CompetitorAnalysis() {
    }

    public static Analysis analyse(UUID businessId, Place place, OwnFigures own, List<Seen> seen,
            CompetitorConfig config) {
        List<CompetitorView> inside = new ArrayList<>();
        for (Seen s : seen) {
            double metres = Geo.distanceMetres(place.latitude(), place.longitude(), s.latest().latitude,
                    s.latest().longitude);
            if (metres <= place.radiusKm() * 1000) {
                inside.add(view(s, metres));
            }
        }
        inside.sort(Comparator.comparingLong(CompetitorView::distanceMetres).thenComparing(CompetitorView::name));
        double area = Geo.circleAreaKm2(place.radiusKm());
        return new Analysis(businessId, place.latitude(), place.longitude(), place.radiusKm(), "haversine",
                Geo.EARTH_RADIUS_M, area, inside.size(), seen.size() - inside.size(), inside.size() / area, own,
                rank(own.rating(), inside.stream().map(CompetitorView::rating).toList()),
                rank(own.reviewCount() == null ? null : own.reviewCount().doubleValue(),
                        inside.stream().map(c -> c.reviewCount() == null ? null : c.reviewCount().doubleValue()).toList()),
                gaps(inside, config), inside);
    }

    /** 1 + the competitors strictly ahead, out of the business and every competitor with the figure. */
    static Rank rank(Double own, List<Double> theirs) {
        List<Double> known = theirs.stream().filter(Objects::nonNull).toList();
        if (own == null) {
            return new Rank(null, known.size() + 1);
        }
        long ahead = known.stream().filter(value -> value > own).count();
        return new Rank((int) ahead + 1, known.size() + 1);
    }

    static List<Gap> gaps(List<CompetitorView> inside, CompetitorConfig config) {
        List<Gap> gaps = new ArrayList<>();
        lateHours(inside, config.lateFrom()).ifPresent(gaps::add);
        lowRatedCluster(inside, config).ifPresent(gaps::add);
        noWebsite(inside, config.noWebsiteShare()).ifPresent(gaps::add);
        return gaps;
    }

    private static Optional<Gap> lateHours(List<CompetitorView> inside, LocalTime lateFrom) {
        List<LocalTime> closing = inside.stream().map(CompetitorView::closesAt).filter(Objects::nonNull)
                .map(LocalTime::parse).toList();
        if (closing.isEmpty() || closing.stream().anyMatch(t -> !t.isBefore(lateFrom) || t.isBefore(PAST_MIDNIGHT_UNTIL))) {
            return Optional.empty();
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("competitorsWithKnownHours", closing.size());
        evidence.put("competitorsWithUnknownHours", inside.size() - closing.size());
        evidence.put("latestClosing", closing.stream().max(Comparator.naturalOrder()).orElseThrow().toString());
        evidence.put("lateFrom", lateFrom.toString());
        return Optional.of(new Gap("NOBODY_OPEN_LATE",
                "No competitor nearby is open at or after " + lateFrom, evidence));
    }

    private static Optional<Gap> lowRatedCluster(List<CompetitorView> inside, CompetitorConfig config) {
        List<CompetitorView> low = inside.stream()
                .filter(c -> c.distanceMetres() <= config.lowRatedWithinKm() * 1000)
                .filter(c -> c.rating() != null && c.rating() < config.lowRatedBelow()).toList();
        if (low.size() < config.lowRatedClusterSize()) {
            return Optional.empty();
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("ratedBelow", config.lowRatedBelow());
        evidence.put("withinMetres", Math.round(config.lowRatedWithinKm() * 1000));
        evidence.put("competitors", low.stream().map(c -> Map.of("name", c.name(), "rating", c.rating(),
                "distanceMetres", c.distanceMetres())).toList());
        return Optional.of(new Gap("LOW_RATED_CLUSTER", low.size() + " competitors within "
                + evidence.get("withinMetres") + " m are rated under " + config.lowRatedBelow() + " stars", evidence));
    }

    /** Competitors known to have no website, when they are at least the given share of those whose site is known. */
    private static Optional<Gap> noWebsite(List<CompetitorView> inside, double share) {
        List<CompetitorView> known = inside.stream().filter(c -> c.hasWebsite() != null).toList();
        List<CompetitorView> without = known.stream().filter(c -> !c.hasWebsite()).toList();
        if (without.isEmpty() || without.size() < share * known.size()) {
            return Optional.empty();
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("competitorsChecked", known.size());
        evidence.put("withWebsite", known.size() - without.size());
        evidence.put("withoutWebsite", without.size());
        evidence.put("competitors", without.stream().map(c -> Map.of("name", c.name(), "distanceMetres",
                c.distanceMetres())).toList());
        String title = without.size() == known.size() ? "None of the nearby competitors has a website"
                : without.size() + " of " + known.size() + " nearby competitors have no website";
        return Optional.of(new Gap("NO_COMPETITOR_WEBSITE", title, evidence));
    }

    private static CompetitorView view(Seen s, double metres) {
        CompetitorObservation o = s.latest();
        return new CompetitorView(s.competitor().id, s.competitor().name, Math.round(metres), o.rating,
                o.reviewCount, o.priceLevel, o.hasWebsite, o.website,
                o.closesAt == null ? null : o.closesAt.toString(),
                o.types == null ? List.of() : Arrays.asList(o.types.split(",")), o.status, o.source.name(),
                o.observedAt);
    }
}
