package com.verticallight.budget;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BudgetResultRepository extends TenantScopedRepository<BudgetResult> {

    BudgetResultRepository() {
        super(BudgetResult.class);
    }
}
