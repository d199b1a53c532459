package com.verticallight.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.analytics.anomaly.AnomalyDetector;
import com.verticallight.analytics.anomaly.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnomalyDetectorTest {

    static final List<Severity> RULES = List.of(new Severity("LOW", 3.5), new Severity("MEDIUM", 5),
            new Severity("HIGH", 8), new Severity("CRITICAL", 12));

    @Test
    void anInjectedSpikeAndDropAreFoundWithTheirSeverityWhileWeeklySwingsAreNot() {
        double[] y = SyntheticData.revenue(LocalDate.of(2026, 1, 5), 120, 0, 300, 5);
        int spike = 100;
        int drop = 110;
        double normalSpike = y[spike];
        double normalDrop = y[drop];
        y[spike] += 6_000;
        y[drop] = 0;

        var findings = AnomalyDetector.score(y, 60);
        var flagged = findings.stream().filter(f -> Severity.of(f.score(), RULES) != null).toList();

        assertThat(flagged).extracting(AnomalyDetector.Finding::index).containsExactly(spike, drop);
        var up = flagged.get(0);
        var down = flagged.get(1);
        assertThat(up.score()).isPositive();
        assertThat(down.score()).isNegative();
        assertThat(Severity.of(down.score(), RULES)).isIn("HIGH", "CRITICAL");
        assertThat(Severity.of(up.score(), RULES)).isIn("MEDIUM", "HIGH", "CRITICAL");
        // the expected value is the usual level of that weekday, so the impact is close to what was injected
        assertThat(down.expected() - down.actual()).isCloseTo(normalDrop, org.assertj.core.data.Offset.offset(900.0));
        assertThat(up.actual() - up.expected()).isCloseTo(6_000 + normalSpike - up.expected(),
                org.assertj.core.data.Offset.offset(1.0));
    }
}
