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
