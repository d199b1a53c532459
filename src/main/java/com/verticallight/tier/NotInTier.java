package com.verticallight.tier;

import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.tenant.Tier;

/** The feature belongs to another tier than the account's. */
public class NotInTier extends ProblemException {

    public NotInTier(String feature, Tier required, Tier current) {
        super(Problem.of(403, "Not in your tier", "The " + feature + " is part of the " + required
                + " tier; this account is on the " + current + " tier"));
    }
}
