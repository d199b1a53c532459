-- A business's own budget curves, in its budget's currency (PUT /api/v1/businesses/{id}/budget/curves). When a
-- business has them they replace the category defaults of V17 (budget_curve and budget_activity) for its plan, so a
-- business whose budget is in a currency without defaults can still get a plan from figures it supplies itself.
-- The same parameters as V17: a and b per activity and goal, min and max monthly spend per activity. No exchange
-- rate is ever applied: rows are used only while the business's budget is in their currency.

-- return(x) = scale_a * (1 - exp(-x / spend_b_minor)), x = monthly spend in minor units of currency.
create table budget_business_curve (
    id            uuid primary key,
    tenant_id     uuid        not null references tenant (id) on delete cascade,
    business_id   uuid        not null references business (id) on delete cascade,
    activity      varchar(30) not null check (activity in ('ORGANIC_CONTENT', 'LOCAL_SEARCH_ADS', 'SOCIAL_ADS',
                                                           'TOOLS', 'PROMOTIONS')),
    goal          varchar(20) not null check (goal in ('LEADS', 'FOOTFALL', 'REVIEWS')),
    currency      char(3)     not null,
    scale_a       numeric     not null check (scale_a > 0),
    spend_b_minor bigint      not null check (spend_b_minor > 0),
    unique (tenant_id, business_id, activity, goal)
);

-- The activities the business's plan may fund: 0, or within [min, max]; max null = no limit but the budget.
create table budget_business_activity (
    id              uuid primary key,
    tenant_id       uuid        not null references tenant (id) on delete cascade,
    business_id     uuid        not null references business (id) on delete cascade,
    activity        varchar(30) not null check (activity in ('ORGANIC_CONTENT', 'LOCAL_SEARCH_ADS', 'SOCIAL_ADS',
                                                             'TOOLS', 'PROMOTIONS')),
    currency        char(3)     not null,
    min_spend_minor bigint      not null check (min_spend_minor >= 0),
    max_spend_minor bigint      check (max_spend_minor >= min_spend_minor),
    unique (tenant_id, business_id, activity)
);
