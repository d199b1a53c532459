package com.verticallight.tier;

import com.verticallight.i18n.Text;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.tenant.Tier;
import java.util.Map;

/** The feature belongs to another tier than the account's. */
public class NotInTier extends ProblemException {

    /** feature: portfolioView or crmExport (the key tier.notInTier.&lt;feature&gt; says it). */
    public NotInTier(String feature, Tier required, Tier current) {
        super(Problem.of(403, "Not in your tier", Text.of("tier.notInTier." + feature,
                Map.of("required", required.name(), "current", current.name()))));
    }
}
