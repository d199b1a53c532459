package com.verticallight.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.analytics.churn.ChurnFeatures;
import com.verticallight.analytics.churn.ChurnModel;
import com.verticallight.analytics.churn.ChurnTrainer;
import com.verticallight.analytics.churn.ClassifierMetrics;
import com.verticallight.analytics.churn.Visit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChurnModelTest {

    @Test
    void customersWhoStoppedComingRankAboveThoseWhoDidNotOnALaterHoldout() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        List<Visit> visits = SyntheticData.customers(400, today, 600, 0.4, 11);
        Map<UUID, List<Visit>> customers = ChurnFeatures.byCustomer(visits);
        int window = 60;
        var training = ChurnFeatures.labelled(customers, today.minusDays(2L * window), window);
        var holdout = ChurnFeatures.labelled(customers, today.minusDays(window), window);

        ChurnModel model = ChurnTrainer.train(training);
        double[] p = holdout.stream().mapToDouble(r -> model.probability(r.row().values())).toArray();
        boolean[] churned = new boolean[holdout.size()];
        for (int i = 0; i < churned.length; i++) {
            churned[i] = holdout.get(i).churned();
        }
        ClassifierMetrics metrics = ClassifierMetrics.of(p, churned);

        assertThat(metrics.positives()).isGreaterThan(10);
        assertThat(metrics.auc()).as("AUC on the later holdout").isGreaterThan(0.85);
        ChurnFeatures.Row gone = holdout.stream().filter(ChurnFeatures.Labelled::churned)
                .max(java.util.Comparator.comparingDouble(r -> r.row().values()[5])).orElseThrow().row();
        assertThat(model.reasons(gone.values(), 3)).isNotEmpty();
        assertThat(ChurnTrainer.train(training)).usingRecursiveComparison().isEqualTo(model);
    }

    @Test
    void aucIsOneForAPerfectRankingAndHalfForTies() {
        assertThat(ClassifierMetrics.auc(new double[] {0.9, 0.8, 0.2, 0.1}, new boolean[] {true, true, false, false}))
                .isEqualTo(1.0);
        assertThat(ClassifierMetrics.auc(new double[] {0.5, 0.5}, new boolean[] {true, false})).isEqualTo(0.5);
    }
}
