package com.verticallight.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.verticallight.budget.CurveFit.Fitted;
import com.verticallight.budget.CurveFit.Point;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurveFitTest {

    private static final ResponseCurve PRIOR = new ResponseCurve(Activity.LOCAL_SEARCH_ADS, Goal.LEADS, 40, 800_000);

    @Test
    void twoMonthsAtTheScaleSpendPullTheScaleTowardsWhatWasSeen() {
        // g = 1 - e^-1 = 0.632121 for Rs 8,000; a_fit = 60 / g = 94.918; blended (3 x 40 + 2 x 94.918) / 5 = 61.967
        Fitted fitted = CurveFit.blend(PRIOR, List.of(new Point(800_000, 60), new Point(800_000, 60)), 3);

        assertThat(fitted.observations()).isEqualTo(2);
        assertThat(fitted.scaleA()).isCloseTo(61.967, within(0.001));
    }

    @Test
    void monthsWithoutSpendSayNothingAndTheDefaultStays() {
        Fitted fitted = CurveFit.blend(PRIOR, List.of(new Point(0, 12)), 3);

        assertThat(fitted.observations()).isZero();
        assertThat(fitted.scaleA()).isEqualTo(40);
    }

    @Test
    void manyObservationsOutweighThePrior() {
        List<Point> points = java.util.stream.IntStream.range(0, 97).mapToObj(i -> new Point(400_000, 10)).toList();
        // a_fit = 10 / (1 - e^-0.5) = 25.415; (3 x 40 + 97 x 25.415) / 100 = 25.853
        assertThat(CurveFit.blend(PRIOR, points, 3).scaleA()).isCloseTo(25.853, within(0.001));
    }
}
