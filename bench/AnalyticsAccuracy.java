import com.verticallight.analytics.SyntheticData;
import com.verticallight.analytics.TenantData;
import com.verticallight.analytics.Training;
import com.verticallight.analytics.anomaly.AnomalyDetector;
import com.verticallight.analytics.anomaly.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Accuracy of the three methods on the synthetic generator (src/test/.../analytics/SyntheticData.java), over 20
 * seeds each: the numbers in docs/analytics.md. Run: bench/analytics-accuracy.sh (after test-compile).
 */
public class AnalyticsAccuracy {

    public static void main(String[] args) {
        LocalDate today = LocalDate.of(2026, 12, 7);
        int seeds = 20;
        for (int[] shape : new int[][] {{120, 0}, {120, 10}, {365, 5}}) {
            double mae = 0, naive = 0, smape = 0, naiveSmape = 0, coverage = 0;
            int wins = 0;
            for (int s = 1; s <= seeds; s++) {
                double[] y = SyntheticData.revenue(today.minusDays(shape[0]), shape[0], shape[1], 400, s);
                var r = Training.forecast("REVENUE", new TenantData.Series(today.minusDays(shape[0]), y), null);
                Map<String, Object> m = r.metrics();
                @SuppressWarnings("unchecked")
                Map<String, Object> b = (Map<String, Object>) m.get("baseline");
                mae += (double) m.get("mae");
                naive += (double) b.get("mae");
                smape += (double) m.get("smape");
                naiveSmape += (double) b.get("smape");
                coverage += (double) m.get("intervalCoverage95");
                wins += (double) m.get("mae") < (double) b.get("mae") ? 1 : 0;
            }
            System.out.printf("forecast days=%d trend=%d/day noise=400: MAE %.0f vs naive %.0f rupees; sMAPE %.2f%% vs %.2f%%;"
                    + " 95%% interval coverage %.2f; beats naive in %d/%d%n", shape[0], shape[1], mae / seeds,
                    naive / seeds, smape / seeds, naiveSmape / seeds, coverage / seeds, wins, seeds);
        }
        double seasonal = 0, weeklyOnly = 0, seasonalNaive = 0, seasonalCoverage = 0;
        int seasonalWins = 0;
        LocalDate last = LocalDate.of(2026, 11, 20); // the 28 held-out days hold Dhanteras, Diwali and Bhai Dooj
        for (int s = 1; s <= seeds; s++) {
            double[] y = SyntheticData.revenueWithYearAndFestivals(last.minusDays(1095), 1096, 2, 400, s);
            var m = Training.forecast("REVENUE", new TenantData.Series(last.minusDays(1095), y), SyntheticData.FESTIVALS,
                    null).metrics();
            seasonal += (double) m.get("mae");
            double w = (double) ((Map<?, ?>) m.get("weeklyOnly")).get("mae");
            weeklyOnly += w;
            seasonalNaive += (double) ((Map<?, ?>) m.get("baseline")).get("mae");
            seasonalCoverage += (double) m.get("intervalCoverage95");
            seasonalWins += (double) m.get("mae") < w ? 1 : 0;
        }
        System.out.printf("forecast 3 years, yearly pattern + festival lifts: MAE %.0f vs weekly-only %.0f vs naive %.0f;"
                + " coverage %.2f; beats weekly-only in %d/%d%n", seasonal / seeds, weeklyOnly / seeds,
                seasonalNaive / seeds, seasonalCoverage / seeds, seasonalWins, seeds);
        double smae = 0, srmse = 0, sr2 = 0, sbase = 0, sbaseRmse = 0;
        double sil = 0, explained = 0, clusters = 0;
        for (int s = 1; s <= seeds; s++) {
            var visits = SyntheticData.customers(400, today.minusDays(1), 730, 0.4, s);
            var m = com.verticallight.analytics.CustomerTraining.spend(visits, today, null).metrics();
            smae += (double) m.get("mae");
            srmse += (double) m.get("rmse");
            sr2 += (double) m.get("r2");
            sbase += (double) ((Map<?, ?>) m.get("baseline")).get("mae");
            sbaseRmse += (double) ((Map<?, ?>) m.get("baseline")).get("rmse");
            var c = com.verticallight.analytics.CustomerTraining.segments(visits, today, "INR", null).metrics();
            sil += (double) c.get("silhouette");
            explained += (double) c.get("varianceExplained");
            clusters += (int) c.get("k");
        }
        System.out.printf("spend next 90 days, 400 customers: MAE %.0f RMSE %.0f R2 %.3f vs mean baseline MAE %.0f RMSE %.0f%n",
                smae / seeds, srmse / seeds, sr2 / seeds, sbase / seeds, sbaseRmse / seeds);
        System.out.printf("segments, 400 customers: k %.1f, holdout silhouette %.3f, variance explained %.3f%n",
                clusters / seeds, sil / seeds, explained / seeds);
        double auc = 0, precision = 0, recall = 0, brier = 0;
        for (int s = 1; s <= seeds; s++) {
            var r = Training.churn(SyntheticData.customers(400, today.minusDays(1), 730, 0.4, s), today, null);
            auc += (double) r.metrics().get("auc");
            precision += (double) r.metrics().get("precision");
            recall += (double) r.metrics().get("recall");
            brier += (double) r.metrics().get("brier");
        }
        System.out.printf("churn 400 customers, 40%% stop: AUC %.3f precision %.3f recall %.3f Brier %.3f%n",
                auc / seeds, precision / seeds, recall / seeds, brier / seeds);
        List<Severity> rules = List.of(new Severity("LOW", 3.5), new Severity("MEDIUM", 5), new Severity("HIGH", 8),
                new Severity("CRITICAL", 12));
        int injected = 0, caught = 0, flagged = 0, falseFlags = 0, normalDays = 0;
        for (int s = 1; s <= seeds; s++) {
            double[] y = SyntheticData.revenue(today.minusDays(150), 150, 0, 400, 100 + s);
            Random random = new Random(s);
            boolean[] bad = new boolean[y.length];
            for (int k = 0; k < 6; k++) {
                int t = 64 + random.nextInt(y.length - 64);
                bad[t] = true;
                y[t] = random.nextBoolean() ? y[t] + 4000 + random.nextInt(6000) : y[t] * random.nextDouble() * 0.4;
            }
            for (AnomalyDetector.Finding f : AnomalyDetector.score(y, 64)) {
                boolean isFlagged = Severity.of(f.score(), rules) != null;
                injected += bad[f.index()] ? 1 : 0;
                caught += bad[f.index()] && isFlagged ? 1 : 0;
                flagged += isFlagged ? 1 : 0;
                falseFlags += !bad[f.index()] && isFlagged ? 1 : 0;
                normalDays += bad[f.index()] ? 0 : 1;
            }
        }
        System.out.printf("anomalies: %d injected days, recall %.3f, precision %.3f, false flags %d of %d normal days%n",
                injected, caught / (double) injected, flagged == 0 ? 0 : (flagged - falseFlags) / (double) flagged,
                falseFlags, normalDays);
    }
}
