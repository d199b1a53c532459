package com.verticallight.budget;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BudgetGoalRepository extends TenantScopedRepository<BudgetGoal> {

    BudgetGoalRepository() {
        super(BudgetGoal.class);
    }
}
