package com.verticallight.analytics.churn;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A customer's features on a given day, from their visits up to and including that day only: recency, frequency,
 * money spent, trend, usual interval, how overdue they are, and how long they have been a customer.
 */
public final class ChurnFeatures {

    public static final List<String> NAMES = List.of("recency_days", "visits_365d", "spend_365d", "visit_trend_90d",
            "avg_interval_days", "overdue_ratio", "tenure_days");

    private ChurnFeatures() {
    }

    /** One customer's features on a day, and their yearly spend in minor units (for the value at risk). */
    public record Row(UUID contactId, double[] values, long spend365Minor, LocalDate lastVisit) {

        public Map<String, Double> named() {
            Map<String, Double> named = new LinkedHashMap<>();
            for (int i = 0; i < NAMES.size(); i++) {
                named.put(NAMES.get(i), values[i]);
            }
            return named;
        }
    }

    /** A row with a label: whether the customer did not come back within the window after the day. */
    public record Labelled(Row row, boolean churned) {
    }

    /** Visits grouped per customer, in date order. */
    public static Map<UUID, List<Visit>> byCustomer(List<Visit> visits) {
        Map<UUID, List<Visit>> grouped = new TreeMap<>();
        visits.stream().sorted(java.util.Comparator.comparing(Visit::day))
                .forEach(v -> grouped.computeIfAbsent(v.contactId(), id -> new ArrayList<>()).add(v));
        return grouped;
    }

    /** Features on {@code asOf} for every customer with a visit in the year up to it. */
    public static List<Row> rows(Map<UUID, List<Visit>> customers, LocalDate asOf) {
        List<Row> rows = new ArrayList<>();
        customers.forEach((id, visits) -> {
            Row row = row(id, visits, asOf);
            if (row != null) {
                rows.add(row);
            }
        });
        return rows;
    }

    /** Labelled rows on {@code asOf}: churned when no visit followed within {@code windowDays}. */
    public static List<Labelled> labelled(Map<UUID, List<Visit>> customers, LocalDate asOf, int windowDays) {
        List<Labelled> rows = new ArrayList<>();
        LocalDate end = asOf.plusDays(windowDays);
        customers.forEach((id, visits) -> {
            Row row = row(id, visits, asOf);
            if (row != null) {
                boolean cameBack = visits.stream().anyMatch(v -> v.day().isAfter(asOf) && !v.day().isAfter(end));
                rows.add(new Labelled(row, !cameBack));
            }
        });
        return rows;
    }

    /** The customer's features, or null if they had no visit in the year up to {@code asOf}. */
    public static Row row(UUID contactId, List<Visit> visits, LocalDate asOf) {
        LocalDate yearAgo = asOf.minusDays(365);
        List<LocalDate> days = visits.stream().map(Visit::day).filter(d -> !d.isAfter(asOf)).distinct().sorted().toList();
        if (days.isEmpty() || !days.get(days.size() - 1).isAfter(yearAgo)) {
            return null;
        }
        LocalDate first = days.get(0);
        LocalDate last = days.get(days.size() - 1);
        long inYear = days.stream().filter(d -> d.isAfter(yearAgo)).count();
        long spend = visits.stream().filter(v -> v.day().isAfter(yearAgo) && !v.day().isAfter(asOf))
                .mapToLong(Visit::amountMinor).sum();
        long recent = days.stream().filter(d -> d.isAfter(asOf.minusDays(90))).count();
        long before = days.stream().filter(d -> d.isAfter(asOf.minusDays(180)) && !d.isAfter(asOf.minusDays(90))).count();
        double recency = ChronoUnit.DAYS.between(last, asOf);
        double interval = days.size() > 1 ? ChronoUnit.DAYS.between(first, last) / (double) (days.size() - 1) : 365;
        double[] values = {recency, inYear, spend / 100.0, recent - before, interval,
                recency / Math.max(interval, 1), ChronoUnit.DAYS.between(first, asOf)};
        return new Row(contactId, values, spend, last);
    }
}
