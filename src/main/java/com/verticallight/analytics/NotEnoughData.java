package com.verticallight.analytics;

import com.verticallight.i18n.Text;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;

/** A model cannot be trained or used yet: 409, saying what data is missing. */
public class NotEnoughData extends ProblemException {

    public NotEnoughData(Text missing) {
        super(Problem.of(409, "Not enough data yet", missing));
    }
}
