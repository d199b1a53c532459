package com.verticallight.intelligence.competitor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the competitor API answers. */
public final class CompetitorViews {

    private CompetitorViews() {
    }

    /** What one fetch or import stored. */
    public record ImportResult(Instant observedAt, int competitors, int newCompetitors, int alertsRaised) {
    }

    /** A competitor inside the service radius, with its latest observation. */
    public record CompetitorView(UUID id, String name, long distanceMetres, Double rating, Integer reviewCount,
            Integer priceLevel, Boolean hasWebsite, String website, String closesAt, List<String> types,
            String businessStatus, String source, Instant observedAt) {
    }

    /**
     * The business's own figures: from its stored reviews ("reviews"), or as the owner gave them in the request
     * ("owner"); null when neither is known.
     */
    public record OwnFigures(Double rating, Integer reviewCount, String source) {
    }

    /** Where the business stands among the rated competitors: 1 is best; ties share a rank. Null when unknown. */
    public record Rank(Integer rank, int outOf) {
    }

    /** A gap in the local market, with the figures that show it. */
    public record Gap(String type, String title, Map<String, Object> evidence) {
    }

    public record Analysis(UUID businessId, double latitude, double longitude, double serviceRadiusKm,
            String distanceMethod, double earthRadiusMetres, double areaKm2, int competitorsInRadius,
            int excludedOutsideRadius, double saturationPerKm2, OwnFigures own, Rank rankByRating,
            Rank rankByReviewCount, List<Gap> gaps, List<CompetitorView> competitors) {
    }

    public record AlertView(UUID id, UUID competitorId, String competitorName, String kind, double previousValue,
            double currentValue, Instant previousAt, Instant observedAt) {
    }
}
