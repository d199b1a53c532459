package com.verticallight.budget;

/**
 * Expected results per month of one goal from a monthly spend on one activity:
 * {@code return(x) = scaleA * (1 - exp(-x / spendBMinor))}. Concave and increasing in x.
 */
public record ResponseCurve(Activity activity, Goal goal, double scaleA, long spendBMinor) {

    public double expected(long spendMinor) {
        return scaleA * shape(spendMinor, spendBMinor);
    }

    /** The slope at zero spend, in results per minor unit: the steepest the curve ever is. */
    public double slopeAtZero() {
        return scaleA / spendBMinor;
    }

    public ResponseCurve withScale(double a) {
        return new ResponseCurve(activity, goal, a, spendBMinor);
    }

    static double shape(long spendMinor, long spendBMinor) {
        return 1 - Math.exp(-(double) spendMinor / spendBMinor);
    }
}
