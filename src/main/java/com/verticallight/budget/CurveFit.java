package com.verticallight.budget;

import java.util.List;

/**
 * Fits a business's own scale a of {@code return(x) = a (1 - exp(-x/b))} from what it spent (x) and got (y),
 * keeping b at its default: least squares gives {@code a_fit = sum(y g) / sum(g^2)} with {@code g = 1 - exp(-x/b)}.
 * The fit is blended with the default by the number of observations n:
 * {@code a = (k a_default + n a_fit) / (k + n)}, k being the prior's weight in observations. Months without spend
 * (g = 0) say nothing about a and are left out.
 */
public final class CurveFit {

    public record Point(long spendMinor, double result) {
    }

    public record Fitted(double scaleA, int observations) {
    }

    private CurveFit() {
    }

    public static Fitted blend(ResponseCurve prior, List<Point> points, double priorWeight) {
        double sumYg = 0;
        double sumGg = 0;
        int n = 0;
        for (Point p : points) {
            double g = ResponseCurve.shape(p.spendMinor(), prior.spendBMinor());
            if (g > 0) {
                sumYg += p.result() * g;
                sumGg += g * g;
                n++;
            }
        }
        if (n == 0) {
            return new Fitted(prior.scaleA(), 0);
        }
        double fitted = sumYg / sumGg;
        return new Fitted((priorWeight * prior.scaleA() + n * fitted) / (priorWeight + n), n);
    }
}
