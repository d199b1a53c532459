package com.verticallight.tier;

import com.verticallight.execution.Period;
import com.verticallight.portfolio.PortfolioView;
import com.verticallight.tenant.Tier;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;

/** A single local business: the short report; no portfolio and no CRM export. */
@ApplicationScoped
public class LocalTierServices implements TierServices {

    @Inject
    AnalysisReports reports;

    @Override
    public Tier tier() {
        return Tier.LOCAL;
    }

    @Override
    public Uni<AnalysisReport> analysisReport(UUID businessId) {
        return reports.shortReport(businessId, Tier.LOCAL);
    }

    @Override
    public Uni<PortfolioView> portfolio(Period period, LocalDate date) {
        return Uni.createFrom().failure(new NotInTier("portfolioView", Tier.ENTERPRISE, Tier.LOCAL));
    }

    @Override
    public Uni<CrmExport.Accepted> exportContacts(CrmExport.Request request) {
        return Uni.createFrom().failure(new NotInTier("crmExport", Tier.ENTERPRISE, Tier.LOCAL));
    }
}
