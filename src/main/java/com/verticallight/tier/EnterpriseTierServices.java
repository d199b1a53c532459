package com.verticallight.tier;

import com.verticallight.execution.Period;
import com.verticallight.portfolio.PortfolioService;
import com.verticallight.portfolio.PortfolioView;
import com.verticallight.tenant.Tier;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;

/** Enterprises and chains: the comprehensive report, the portfolio across outlets and the CRM export. */
@ApplicationScoped
public class EnterpriseTierServices implements TierServices {

    @Inject
    AnalysisReports reports;

    @Inject
    PortfolioService portfolio;

    @Inject
    CrmExportService crmExport;

    @Override
    public Tier tier() {
        return Tier.ENTERPRISE;
    }

    @Override
    public Uni<AnalysisReport> analysisReport(UUID businessId) {
        return reports.comprehensive(businessId, Tier.ENTERPRISE);
    }

    @Override
    public Uni<PortfolioView> portfolio(Period period, LocalDate date) {
        return portfolio.portfolio(period, date);
    }

    @Override
    public Uni<CrmExport.Accepted> exportContacts(CrmExport.Request request) {
        return crmExport.start(request);
    }
}
