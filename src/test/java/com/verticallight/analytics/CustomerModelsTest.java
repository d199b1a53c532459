package com.verticallight.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.analytics.churn.Visit;
import com.verticallight.analytics.segment.SegmentModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The spend regression and the customer segments on customers of known structure (generated). */
class CustomerModelsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    @SuppressWarnings("unchecked")
    void aCustomersNextNinetyDaysSpendIsPredictedBetterThanTheMeanOnALaterWindow() {
        List<Visit> visits = SyntheticData.customers(400, TODAY, 600, 0.4, 11);

        Training.Result result = CustomerTraining.spend(visits, TODAY, null);

        Map<String, Object> m = result.metrics();
        Map<String, Object> baseline = (Map<String, Object>) m.get("baseline");
        double mae = (double) m.get("mae");
        assertThat(mae).as("MAE vs the mean baseline").isLessThan(0.7 * (double) baseline.get("mae"));
        assertThat((double) m.get("rmse")).isLessThan((double) baseline.get("rmse"));
        assertThat((double) m.get("r2")).as("R²").isGreaterThan(0.25);
        assertThat(m.get("holdoutDay")).isEqualTo("2026-09-02");
        assertThat(CustomerTraining.spend(visits, TODAY, null).metrics()).isEqualTo(m); // fixed seed: repeatable
    }

    @Test
    @SuppressWarnings("unchecked")
    void segmentsFindTheThreeKindsOfCustomerAndSayWhatEachIs() {
        List<Visit> visits = new ArrayList<>();
        Random random = new Random(5);
        group(visits, 60, 7, 3_000, TODAY.plusDays(1), random, 1);    // every week, big bills, still coming
        group(visits, 60, 45, 600, TODAY.plusDays(1), random, 2);     // every six weeks, small bills
        group(visits, 60, 14, 1_500, TODAY.minusDays(200), random, 3); // came fortnightly, stopped 200 days ago

        Training.Result result = CustomerTraining.segments(visits, TODAY, "INR", null);

        SegmentModel model = (SegmentModel) result.state();
        assertThat(model.centroids()).as("k chosen by silhouette").hasNumberOfRows(3);
        assertThat((double) result.metrics().get("silhouette")).as("holdout silhouette").isGreaterThan(0.5);
        assertThat((double) result.metrics().get("varianceExplained")).isGreaterThan(0.8);
        assertThat(model.segments()).extracting(SegmentModel.Segment::code)
                .contains("LOYAL_HIGH_SPEND", "LAPSED");
        SegmentModel.Segment weekly = model.assign(new double[] {3, 50, 150_000}).segment();
        assertThat(weekly.code()).isEqualTo("LOYAL_HIGH_SPEND");
        assertThat(weekly.description()).startsWith("Loyal big spenders: typically ").contains("visits a year")
                .contains("₹");
        assertThat(model.assign(new double[] {250, 20, 30_000}).segment().code()).isEqualTo("LAPSED");
        List<Map<String, Object>> segments = (List<Map<String, Object>>) result.metrics().get("segments");
        assertThat(segments).allSatisfy(s -> assertThat((int) s.get("holdoutCustomers")).isPositive());
    }

    /** Customers visiting every {@code interval} days (±2) spending about {@code rupees} each time until {@code stop}. */
    private static void group(List<Visit> visits, int count, int interval, long rupees, LocalDate stop, Random random,
            long groupId) {
        for (int c = 0; c < count; c++) {
            UUID id = new UUID(groupId, c);
            LocalDate day = TODAY.minusDays(700 - random.nextInt(interval));
            while (day.isBefore(stop) && !day.isAfter(TODAY.minusDays(1))) {
                visits.add(new Visit(id, day, Math.round(rupees * (0.8 + 0.4 * random.nextDouble())) * 100));
                day = day.plusDays(Math.max(1, interval + random.nextInt(5) - 2));
            }
        }
    }
}
