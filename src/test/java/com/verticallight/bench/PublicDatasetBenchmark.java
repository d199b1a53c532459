package com.verticallight.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.verticallight.analytics.TenantData;
import com.verticallight.analytics.Training;
import com.verticallight.analytics.anomaly.AnomalyDetector;
import com.verticallight.analytics.anomaly.Severity;
import com.verticallight.analytics.churn.ChurnModel;
import com.verticallight.analytics.churn.ChurnTrainer;
import com.verticallight.analytics.churn.ClassifierMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of the analytics methods on public data (not synthetic): the product's own training and metric code
 * ({@link Training#forecast}, {@link ChurnTrainer}, {@link ClassifierMetrics}, {@link AnomalyDetector}) on
 * <ul>
 * <li>daily entries at the Clark/Lake 'L' station in Chicago, 2001-01-22 to 2016-08-28 (R package modeldata's
 * {@code Chicago}, MIT; shipped in src/test/resources/datasets with its README): rolling-origin forecasts of 28
 * held-out days against seasonal naive, and US public holidays as the labelled unusual days for the detector;</li>
 * <li>the IBM Telco customer churn set (modeldata's {@code wa_churn}, 7,043 customers), which bench/public-datasets.sh
 * extracts into target/datasets from Debian's r-cran-modeldata (it is not copied into the repository).</li>
 * </ul>
 * Not part of the suite. Run: {@code bench/public-datasets.sh}; results in target/bench/public-datasets.md.
 */
class PublicDatasetBenchmark {

    private static final int ORIGINS = 20;
    private static final int ORIGIN_STEP_DAYS = 91;
    private static final List<Severity> RULES = List.of(new Severity("LOW", 3.5), new Severity("MEDIUM", 5),
            new Severity("HIGH", 8), new Severity("CRITICAL", 12));

    @Test
    void accuracyOnPublicData() throws IOException {
        TenantData.Series chicago = chicago();
        Map<LocalDate, String> holidays = usHolidays(chicago.first().getYear(), chicago.last().getYear());
        StringBuilder out = new StringBuilder("# Analytics accuracy on public data\n\n");
        out.append("Chicago Clark/Lake daily entries ").append(chicago.first()).append(" to ").append(chicago.last())
                .append(" (").append(chicago.days()).append(" days)\n\n");
        out.append("| training window | known events | origins | MAE (entries/day) | sMAPE | 95% coverage"
                + " | seasonal naive MAE | naive sMAPE | beats naive | weekly-only MAE | holdouts without a holiday:"
                + " MAE vs naive |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        out.append(forecastRow(chicago, 365, Map.of(), "none", holidays));
        out.append(forecastRow(chicago, 1095, Map.of(), "none", holidays));
        out.append(forecastRow(chicago, 1095, holidays, "US holidays", holidays));
        out.append(forecastRow(chicago, 1500, holidays, "US holidays", holidays));
        out.append('\n').append(anomalies(chicago, holidays));
        out.append('\n').append(churn());
        Path file = Path.of("target", "bench", "public-datasets.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        System.out.println(out);
        assertTrue(out.length() > 0);
    }

    /** Rolling origins: the series ends every 91 days back from the last day; each holds out its last 28 days. */
    private String forecastRow(TenantData.Series all, int window, Map<LocalDate, String> events, String label,
            Map<LocalDate, String> holidays) {
        double mae = 0, smape = 0, coverage = 0, naive = 0, naiveSmape = 0, weekly = 0, plainMae = 0, plainNaive = 0;
        int wins = 0, withWeekly = 0, plain = 0;
        for (int k = 0; k < ORIGINS; k++) {
            int end = all.days() - k * ORIGIN_STEP_DAYS;
            double[] values = Arrays.copyOfRange(all.values(), end - window, end);
            LocalDate first = all.first().plusDays(end - window);
            Map<String, Object> m = Training.forecast("APPOINTMENTS", new TenantData.Series(first, values), events,
                    null).metrics();
            Map<?, ?> baseline = (Map<?, ?>) m.get("baseline");
            mae += (double) m.get("mae");
            smape += (double) m.get("smape");
            coverage += (double) m.get("intervalCoverage95");
            naive += (double) baseline.get("mae");
            naiveSmape += (double) baseline.get("smape");
            wins += (double) m.get("mae") < (double) baseline.get("mae") ? 1 : 0;
            if (m.get("weeklyOnly") instanceof Map<?, ?> w) {
                weekly += (double) w.get("mae");
                withWeekly++;
            }
            LocalDate holdoutFrom = LocalDate.parse((String) m.get("holdoutFrom"));
            if (holidays.keySet().stream().noneMatch(d -> !d.isBefore(holdoutFrom)
                    && !d.isAfter(first.plusDays(window - 1L)))) {
                plain++;
                plainMae += (double) m.get("mae");
                plainNaive += (double) baseline.get("mae");
            }
        }
        return String.format(Locale.ROOT, "| %d days | %s | %d | %.0f | %.2f%% | %.0f%% | %.0f | %.2f%% | %d/%d | %s"
                + " | %.0f vs %.0f (%d origins) |%n",
                window, label, ORIGINS, mae / ORIGINS, smape / ORIGINS, 100 * coverage / ORIGINS, naive / ORIGINS,
                naiveSmape / ORIGINS, wins, ORIGINS, withWeekly == 0 ? "—" : String.format(Locale.ROOT, "%.0f",
                        weekly / withWeekly), plainMae / plain, plainNaive / plain, plain);
    }

    /** The detector over the whole series; holidays are the days known to be unusual (labels from the calendar). */
    private String anomalies(TenantData.Series series, Map<LocalDate, String> holidays) {
        int holidayDays = 0, holidaysFlagged = 0, otherDays = 0, otherFlagged = 0, otherHigh = 0;
        Map<String, int[]> byHoliday = new TreeMap<>();
        List<AnomalyDetector.Finding> others = new ArrayList<>();
        for (AnomalyDetector.Finding f : AnomalyDetector.score(series.values(), AnomalyDetector.HISTORY_DAYS)) {
            LocalDate day = series.first().plusDays(f.index());
            String severity = Severity.of(f.score(), RULES);
            String holiday = holidays.get(day);
            if (holiday != null) {
                holidayDays++;
                holidaysFlagged += severity != null ? 1 : 0;
                int[] counts = byHoliday.computeIfAbsent(holiday, h -> new int[2]);
                counts[0]++;
                counts[1] += severity != null ? 1 : 0;
            } else {
                otherDays++;
                if (severity != null) {
                    otherFlagged++;
                    otherHigh += Math.abs(f.score()) >= 8 ? 1 : 0;
                    others.add(f);
                }
            }
        }
        StringBuilder out = new StringBuilder("Anomalies (Chicago, US holidays as the known unusual days)\n\n");
        out.append(String.format(Locale.ROOT, "holiday days scored %d, flagged %d (%.1f%%); other days scored %d,"
                + " flagged %d (%.2f%%), of which HIGH or above %d%n", holidayDays, holidaysFlagged,
                100.0 * holidaysFlagged / holidayDays, otherDays, otherFlagged, 100.0 * otherFlagged / otherDays,
                otherHigh));
        byHoliday.forEach((name, c) -> out.append("  ").append(name).append(": ").append(c[1]).append('/')
                .append(c[0]).append('\n'));
        others.sort((a, b) -> Double.compare(Math.abs(b.score()), Math.abs(a.score())));
        out.append("strongest flags on other days:\n");
        for (AnomalyDetector.Finding f : others.subList(0, Math.min(15, others.size()))) {
            LocalDate day = series.first().plusDays(f.index());
            out.append(String.format(Locale.ROOT, "  %s %s actual %.0f usual %.0f score %.1f%n", day,
                    day.getDayOfWeek().toString().substring(0, 3), f.actual(), f.expected(), f.score()));
        }
        return out.toString();
    }

    /** Random 70/30 splits of the Telco customers (10 seeds); the baseline ranks by shortest tenure. */
    private String churn() throws IOException {
        Path csv = Path.of(System.getProperty("datasets.dir", "target/datasets"), "wa_churn.csv");
        if (!Files.exists(csv)) {
            return "Churn: not run, " + csv + " is missing (bench/public-datasets.sh extracts it)\n";
        }
        Telco telco = Telco.read(Files.readAllLines(csv, StandardCharsets.UTF_8));
        int seeds = 10;
        double auc = 0, precision = 0, recall = 0, brier = 0, baseline = 0;
        int testRows = 0, testChurned = 0;
        for (int seed = 1; seed <= seeds; seed++) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < telco.values().size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(seed));
            int cut = (int) (order.size() * 0.7);
            List<double[]> trainX = new ArrayList<>();
            boolean[] trainY = new boolean[cut];
            for (int i = 0; i < cut; i++) {
                trainX.add(telco.values().get(order.get(i)));
                trainY[i] = telco.churned()[order.get(i)];
            }
            ChurnModel model = ChurnTrainer.train(telco.features(), trainX, trainY);
            int n = order.size() - cut;
            double[] p = new double[n];
            double[] byTenure = new double[n];
            boolean[] y = new boolean[n];
            int tenure = telco.features().indexOf("tenure");
            for (int i = 0; i < n; i++) {
                double[] x = telco.values().get(order.get(cut + i));
                p[i] = model.probability(x);
                byTenure[i] = 1 / (1 + x[tenure]);
                y[i] = telco.churned()[order.get(cut + i)];
            }
            ClassifierMetrics m = ClassifierMetrics.of(p, y);
            auc += m.auc();
            precision += m.precision() == null ? 0 : m.precision();
            recall += m.recall() == null ? 0 : m.recall();
            brier += m.brier();
            baseline += ClassifierMetrics.auc(byTenure, y);
            testRows += n;
            testChurned += m.positives();
        }
        return String.format(Locale.ROOT, "Churn (IBM Telco via modeldata wa_churn): %d customers, %d features, %d"
                + " seeds of a 70/30 split (test %d rows, %d churned on average)%n  logistic regression: AUC %.3f,"
                + " precision %.3f, recall %.3f, Brier %.3f%n  baseline (shortest tenure first): AUC %.3f%n",
                telco.values().size(), telco.features().size(), seeds, testRows / seeds, testChurned / seeds,
                auc / seeds, precision / seeds, recall / seeds, brier / seeds, baseline / seeds);
    }

    private static TenantData.Series chicago() throws IOException {
        try (InputStream in = PublicDatasetBenchmark.class.getResourceAsStream("/datasets/chicago-clark-lake.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            LocalDate first = LocalDate.parse(lines.get(0).split(",")[0]);
            double[] values = new double[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                String[] cells = lines.get(i).split(",");
                if (!LocalDate.parse(cells[0]).equals(first.plusDays(i))) {
                    throw new IllegalStateException("a day is missing before " + cells[0]);
                }
                values[i] = Double.parseDouble(cells[1]);
            }
            return new TenantData.Series(first, values);
        }
    }

    /**
     * US federal holidays on the weekday they are observed (Saturday's on Friday, Sunday's on Monday), the day after
     * Thanksgiving, and Christmas Eve and New Year's Eve when they fall on a working day.
     */
    static Map<LocalDate, String> usHolidays(int fromYear, int toYear) {
        Map<LocalDate, String> days = new LinkedHashMap<>();
        for (int year = fromYear; year <= toYear; year++) {
            days.putIfAbsent(observed(LocalDate.of(year, 1, 1)), "new_year");
            days.putIfAbsent(nth(year, 1, DayOfWeek.MONDAY, 3), "martin_luther_king");
            days.putIfAbsent(nth(year, 2, DayOfWeek.MONDAY, 3), "presidents");
            days.putIfAbsent(LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    "memorial");
            days.putIfAbsent(observed(LocalDate.of(year, 7, 4)), "independence");
            days.putIfAbsent(nth(year, 9, DayOfWeek.MONDAY, 1), "labor");
            LocalDate thanksgiving = nth(year, 11, DayOfWeek.THURSDAY, 4);
            days.putIfAbsent(thanksgiving, "thanksgiving");
            days.putIfAbsent(thanksgiving.plusDays(1), "day_after_thanksgiving");
            days.putIfAbsent(observed(LocalDate.of(year, 12, 25)), "christmas");
            workingDay(days, LocalDate.of(year, 12, 24), "christmas_eve");
            workingDay(days, LocalDate.of(year, 12, 31), "new_years_eve");
        }
        return days;
    }

    private static LocalDate observed(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    private static LocalDate nth(int year, int month, DayOfWeek weekday, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
    }

    private static void workingDay(Map<LocalDate, String> days, LocalDate day, String key) {
        if (day.getDayOfWeek().getValue() <= 5) {
            days.putIfAbsent(day, key);
        }
    }

    /** The Telco rows as numbers: numeric columns as they are (an empty total_charges is 0), text columns one-hot. */
    record Telco(List<String> features, List<double[]> values, boolean[] churned) {

        static Telco read(List<String> lines) {
            String[] header = cells(lines.get(0));
            List<String[]> rows = lines.stream().skip(1).filter(l -> !l.isBlank()).map(Telco::cells).toList();
            List<String> features = new ArrayList<>();
            List<int[]> sources = new ArrayList<>(); // {column, -1} numeric, {column, level index} one-hot
            List<List<String>> levels = new ArrayList<>();
            for (int c = 1; c < header.length; c++) {
                final int column = c;
                boolean numeric = rows.stream().allMatch(r -> r[column].isEmpty() || r[column].matches("-?[0-9.]+"));
                List<String> seen = new ArrayList<>(new TreeSet<>(rows.stream().map(r -> r[column]).toList()));
                levels.add(seen);
                if (numeric) {
                    features.add(header[c]);
                    sources.add(new int[] {c, -1});
                } else {
                    for (int l = 1; l < seen.size(); l++) { // the first level is the reference
                        features.add(header[c] + "=" + seen.get(l));
                        sources.add(new int[] {c, l});
                    }
                }
            }
            List<double[]> values = new ArrayList<>();
            boolean[] churned = new boolean[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                String[] row = rows.get(r);
                double[] x = new double[features.size()];
                for (int f = 0; f < x.length; f++) {
                    int[] source = sources.get(f);
                    String cell = row[source[0]];
                    x[f] = source[1] < 0 ? (cell.isEmpty() ? 0 : Double.parseDouble(cell))
                            : cell.equals(levels.get(source[0] - 1).get(source[1])) ? 1 : 0;
                }
                values.add(x);
                churned[r] = row[0].equals("Yes");
            }
            return new Telco(features, values, churned);
        }

        private static String[] cells(String line) {
            String[] cells = line.split(",", -1);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].replace("\"", "");
            }
            return cells;
        }
    }
}
