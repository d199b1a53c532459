package com.verticallight.analytics.demand;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Expected appointments per service, weekday and hour, for staffing: the mean count of each (service, weekday,
 * hour) slot over the last whole weeks. Checked on the last 7 days held out: the same mean over the weeks before
 * them against what was booked, beside the naive guess (the same slot of the week before).
 */
public final class ServiceDemand {

    private ServiceDemand() {
    }

    /** One kept appointment: its service and local start. */
    public record Booking(String service, LocalDateTime start) {
    }

    /** An hour of a weekday and the appointments expected in it per week. */
    public record Slot(DayOfWeek weekday, int hour, double expected) {
    }

    /** A service's expected appointments per week, and its busy slots, busiest first. */
    public record Service(String service, double perWeek, List<Slot> slots) {
    }

    /** The check on the last 7 days: mean absolute error per slot, and the naive guess's. */
    public record Holdout(LocalDate from, LocalDate to, int slots, double mae, double naiveMae) {
    }

    public record Result(List<Service> services, Holdout holdout) {
    }

    /**
     * The demand from the {@code weeks} whole weeks before {@code today}, and its check on the last 7 days learned
     * from the {@code weeks} weeks before them (so the bookings must cover weeks + 1 weeks).
     */
    public static Result of(List<Booking> bookings, LocalDate today, int weeks) {
        LocalDate from = today.minusWeeks(weeks);
        Map<String, double[]> now = counts(bookings, from, today);
        LocalDate testFrom = today.minusDays(7);
        Map<String, double[]> before = counts(bookings, testFrom.minusWeeks(weeks), testFrom);
        Map<String, double[]> lastWeek = counts(bookings, testFrom, today);
        Map<String, double[]> weekBefore = counts(bookings, testFrom.minusWeeks(1), testFrom);
        List<Service> services = new ArrayList<>();
        now.forEach((service, cells) -> services.add(service(service, cells, weeks)));
        services.sort(Comparator.comparingDouble(Service::perWeek).reversed());
        return new Result(services, holdout(before, lastWeek, weekBefore, weeks, testFrom, today.minusDays(1)));
    }

    /** Counts per service in 7 x 24 cells (weekday 1..7, hour 0..23) of the bookings in [from, to). */
    private static Map<String, double[]> counts(List<Booking> bookings, LocalDate from, LocalDate to) {
        Map<String, double[]> counts = new TreeMap<>();
        for (Booking b : bookings) {
            LocalDate day = b.start().toLocalDate();
            if (!day.isBefore(from) && day.isBefore(to)) {
                counts.computeIfAbsent(b.service(), s -> new double[7 * 24])[cell(b.start())]++;
            }
        }
        return counts;
    }

    private static int cell(LocalDateTime start) {
        return (start.getDayOfWeek().getValue() - 1) * 24 + start.getHour();
    }

    private static Service service(String name, double[] cells, int weeks) {
        List<Slot> slots = new ArrayList<>();
        double total = 0;
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] > 0) {
                slots.add(new Slot(DayOfWeek.of(c / 24 + 1), c % 24, cells[c] / weeks));
                total += cells[c];
            }
        }
        slots.sort(Comparator.comparingDouble(Slot::expected).reversed()
                .thenComparing(Slot::weekday).thenComparingInt(Slot::hour));
        return new Service(name, total / weeks, slots);
    }

    /** Error per slot over every (service, weekday, hour) cell booked in any of the weeks compared. */
    private static Holdout holdout(Map<String, double[]> before, Map<String, double[]> actual,
            Map<String, double[]> naive, int weeks, LocalDate from, LocalDate to) {
        java.util.Set<String> services = new java.util.TreeSet<>(before.keySet());
        services.addAll(actual.keySet());
        double error = 0;
        double naiveError = 0;
        int cells = 0;
        for (String s : services) {
            double[] b = before.getOrDefault(s, new double[7 * 24]);
            double[] a = actual.getOrDefault(s, new double[7 * 24]);
            double[] n = naive.getOrDefault(s, new double[7 * 24]);
            for (int c = 0; c < 7 * 24; c++) {
                if (b[c] > 0 || a[c] > 0 || n[c] > 0) {
                    error += Math.abs(a[c] - b[c] / weeks);
                    naiveError += Math.abs(a[c] - n[c]);
                    cells++;
                }
            }
        }
        return new Holdout(from, to, cells, cells == 0 ? 0 : error / cells, cells == 0 ? 0 : naiveError / cells);
    }
}
