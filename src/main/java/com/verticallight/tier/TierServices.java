package com.verticallight.tier;

import com.verticallight.execution.Period;
import com.verticallight.portfolio.PortfolioView;
import com.verticallight.tenant.Tier;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What differs between the tiers. One implementation per tier; {@link TierSelector} picks the current tenant's.
 * An operation a tier does not include fails with {@link NotInTier} (403 naming the tier).
 */
public interface TierServices {

    Tier tier();

    Uni<AnalysisReport> analysisReport(UUID businessId);

    Uni<PortfolioView> portfolio(Period period, LocalDate date);

    Uni<CrmExport.Accepted> exportContacts(CrmExport.Request request);
}
