package com.verticallight.budget;

import com.verticallight.budget.BudgetViews.CurveView;
import com.verticallight.budget.CurveFit.Fitted;
import com.verticallight.budget.CurveFit.Point;
import java.util.List;

/** The curves a business's plan uses: the priors (defaults or the business's own), each fitted to the business's own results where it has some. */
final class CurvesInUse {

    private CurvesInUse() {
    }

    static List<CurveView> of(List<ResponseCurve> priors, List<BudgetResult> results, double priorWeight,
            boolean own) {
        String unfitted = own ? "BUSINESS" : "DEFAULT";
        String fittedSource = own ? "BUSINESS_FITTED" : "FITTED";
        return priors.stream().map(prior -> {
            List<Point> points = results.stream()
                    .filter(r -> r.activity == prior.activity() && r.result(prior.goal()) != null)
                    .map(r -> new Point(r.spendMinor, r.result(prior.goal())))
                    .toList();
            Fitted fitted = CurveFit.blend(prior, points, priorWeight);
            return new CurveView(prior.activity(), prior.goal(), fitted.scaleA(), prior.spendBMinor(),
                    fitted.observations() == 0 ? unfitted : fittedSource, fitted.observations(), prior.scaleA());
        }).toList();
    }

    static ResponseCurve curve(CurveView view) {
        return new ResponseCurve(view.activity(), view.goal(), view.scaleA(), view.spendBMinor());
    }
}
