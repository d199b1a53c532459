package com.verticallight.analytics;

import com.verticallight.analytics.churn.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Data of known structure for the analytics tests and docs/analytics.md (a documented synthetic generator, since no
 * public dataset can be downloaded into the build): a daily revenue series with trend, weekly seasonality and noise,
 * and customers who keep coming or stop.
 */
public final class SyntheticData {

    /** Weekday effects in rupees, Monday..Sunday: quiet early week, busy weekend (a salon's week). */
    public static final double[] WEEKLY = {-1500, -1000, -500, 0, 500, 2500, 3000};

    private SyntheticData() {
    }

    /**
     * Daily revenue in rupees from {@code start}: 10,000 + {@code trendPerDay} x t + the weekday effect + Gaussian
     * noise with standard deviation {@code noise}, never below 0.
     */
    public static double[] revenue(LocalDate start, int days, double trendPerDay, double noise, long seed) {
        Random random = new Random(seed);
        double[] y = new double[days];
        for (int t = 0; t < days; t++) {
            int weekday = start.plusDays(t).getDayOfWeek().getValue() - 1;
            y[t] = Math.max(0, 10_000 + trendPerDay * t + WEEKLY[weekday] + random.nextGaussian() * noise);
        }
        return y;
    }

    /** Festival days of 2024-2026 as in the product's calendar (V10, V59), a few with large effects on sales. */
    public static final java.util.Map<LocalDate, String> FESTIVALS = java.util.Map.ofEntries(
            java.util.Map.entry(LocalDate.parse("2024-08-19"), "raksha-bandhan"),
            java.util.Map.entry(LocalDate.parse("2024-10-29"), "dhanteras"),
            java.util.Map.entry(LocalDate.parse("2024-10-31"), "diwali"),
            java.util.Map.entry(LocalDate.parse("2024-11-03"), "bhai-dooj"),
            java.util.Map.entry(LocalDate.parse("2025-08-09"), "raksha-bandhan"),
            java.util.Map.entry(LocalDate.parse("2025-10-18"), "dhanteras"),
            java.util.Map.entry(LocalDate.parse("2025-10-20"), "diwali"),
            java.util.Map.entry(LocalDate.parse("2025-10-23"), "bhai-dooj"),
            java.util.Map.entry(LocalDate.parse("2026-08-28"), "raksha-bandhan"),
            java.util.Map.entry(LocalDate.parse("2026-11-06"), "dhanteras"),
            java.util.Map.entry(LocalDate.parse("2026-11-08"), "diwali"),
            java.util.Map.entry(LocalDate.parse("2026-11-11"), "bhai-dooj"));

    /** What each festival adds to a day's revenue (rupees), ±10%. */
    public static final java.util.Map<String, Double> FESTIVAL_LIFT = java.util.Map.of("dhanteras", 6_000.0,
            "diwali", 9_000.0, "bhai-dooj", 4_000.0, "raksha-bandhan", 3_000.0);

    /**
     * {@link #revenue} plus a yearly pattern (±₹2,500, high in summer) and the festival lifts on {@link #FESTIVALS}.
     */
    public static double[] revenueWithYearAndFestivals(LocalDate start, int days, double trendPerDay, double noise,
            long seed) {
        double[] y = revenue(start, days, trendPerDay, noise, seed);
        Random random = new Random(seed * 31);
        for (int t = 0; t < days; t++) {
            LocalDate d = start.plusDays(t);
            String festival = FESTIVALS.get(d);
            y[t] += 2_500 * Math.sin(2 * Math.PI * (d.getDayOfYear() - 80) / 365.25)
                    + (festival == null ? 0 : FESTIVAL_LIFT.get(festival) * (0.9 + 0.2 * random.nextDouble()));
        }
        return y;
    }

    /**
     * Customers over {@code days} days up to {@code end}: each visits every {@code interval} days (10-30, with +-3
     * days jitter) spending 500-3,000 rupees; a {@code stopShare} of them stop at a random day in the last 200 days.
     */
    public static List<Visit> customers(int count, LocalDate end, int days, double stopShare, long seed) {
        Random random = new Random(seed);
        List<Visit> visits = new ArrayList<>();
        LocalDate start = end.minusDays(days);
        for (int c = 0; c < count; c++) {
            UUID id = new UUID(seed, c);
            int interval = 10 + random.nextInt(21);
            long spend = (500 + random.nextInt(2_501)) * 100L;
            LocalDate stop = random.nextDouble() < stopShare ? end.minusDays(random.nextInt(200)) : end.plusDays(1);
            LocalDate day = start.plusDays(random.nextInt(interval));
            while (!day.isAfter(end) && day.isBefore(stop)) {
                visits.add(new Visit(id, day, spend));
                day = day.plusDays(Math.max(1, interval + random.nextInt(7) - 3));
            }
        }
        return visits;
    }
}
