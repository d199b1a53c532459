-- Budget decision engine and tiers.
--
-- Every number below is a PRODUCT ESTIMATE, not a measurement: what we expect a typical Indian small business of
-- the category to get from a month of each activity, to start from before the business records its own results.
-- Once results are recorded (budget_result), the engine fits each business's own curves and blends them with these.
-- Money is in minor units (paise) of the row's currency.

-- Activities the budget can pay for, with the smallest and largest monthly spend that makes sense for each. An
-- activity is either not funded (0) or funded within [min, max] (ad platforms and tools have a practical minimum).
-- category '*' applies to every category that has no row of its own.
create table budget_activity (
    category        varchar(30) not null,
    activity        varchar(30) not null check (activity in ('ORGANIC_CONTENT', 'LOCAL_SEARCH_ADS', 'SOCIAL_ADS',
                                                             'TOOLS', 'PROMOTIONS')),
    currency        char(3)     not null,
    min_spend_minor bigint      not null check (min_spend_minor >= 0),
    max_spend_minor bigint      not null check (max_spend_minor >= min_spend_minor),
    description     text        not null,
    primary key (category, activity, currency)
);

insert into budget_activity values
    ('*', 'ORGANIC_CONTENT',  'INR',      0, 2000000, 'Paid help for posts: photos, a designer, short videos'),
    ('*', 'LOCAL_SEARCH_ADS', 'INR', 150000, 5000000, 'Google local search ads around the business (about Rs 50 a day at least)'),
    ('*', 'SOCIAL_ADS',       'INR', 100000, 4000000, 'Facebook and Instagram ads to people nearby'),
    ('*', 'TOOLS',            'INR',  50000,  500000, 'Paid tools: review-request SMS, booking links, design apps'),
    ('*', 'PROMOTIONS',       'INR', 100000, 3000000, 'Offers and discounts paid for by the business');

-- Response curves: expected results per month of one goal from a monthly spend x on one activity,
--   return(x) = scale_a * (1 - exp(-x / spend_b_minor))
-- scale_a is the most a month of the activity can bring (results per month); spend_b_minor is the spend at which
-- about 63% of it is reached. Concave and increasing: each extra rupee brings less than the one before.
create table budget_curve (
    category      varchar(30) not null,
    activity      varchar(30) not null,
    goal          varchar(20) not null check (goal in ('LEADS', 'FOOTFALL', 'REVIEWS')),
    currency      char(3)     not null,
    scale_a       numeric     not null check (scale_a >= 0),
    spend_b_minor bigint      not null check (spend_b_minor > 0),
    primary key (category, activity, goal, currency)
);

insert into budget_curve values
    ('*', 'LOCAL_SEARCH_ADS', 'LEADS',    'INR', 40,  800000),
    ('*', 'LOCAL_SEARCH_ADS', 'FOOTFALL', 'INR', 30,  800000),
    ('*', 'LOCAL_SEARCH_ADS', 'REVIEWS',  'INR', 2,  1000000),
    ('*', 'SOCIAL_ADS',       'LEADS',    'INR', 30,  600000),
    ('*', 'SOCIAL_ADS',       'FOOTFALL', 'INR', 25,  600000),
    ('*', 'SOCIAL_ADS',       'REVIEWS',  'INR', 1,  1000000),
    ('*', 'ORGANIC_CONTENT',  'LEADS',    'INR', 12,  300000),
    ('*', 'ORGANIC_CONTENT',  'FOOTFALL', 'INR', 10,  300000),
    ('*', 'ORGANIC_CONTENT',  'REVIEWS',  'INR', 3,   300000),
    ('*', 'TOOLS',            'LEADS',    'INR', 6,   150000),
    ('*', 'TOOLS',            'FOOTFALL', 'INR', 4,   150000),
    ('*', 'TOOLS',            'REVIEWS',  'INR', 8,   150000),
    ('*', 'PROMOTIONS',       'LEADS',    'INR', 10,  500000),
    ('*', 'PROMOTIONS',       'FOOTFALL', 'INR', 35,  700000),
    ('*', 'PROMOTIONS',       'REVIEWS',  'INR', 4,   500000),
    -- restaurants: walk-ins answer offers and social ads more than search
    ('restaurant', 'PROMOTIONS', 'FOOTFALL', 'INR', 50, 700000),
    ('restaurant', 'SOCIAL_ADS', 'FOOTFALL', 'INR', 35, 600000),
    -- clinics: people search when they need one
    ('clinic', 'LOCAL_SEARCH_ADS', 'LEADS', 'INR', 50, 800000),
    -- salons: review-request tools work well with regular clients
    ('salon', 'TOOLS', 'REVIEWS', 'INR', 10, 150000);

-- What the owner wants and how much one result of each goal is worth relative to the others (weight).
create table budget_goal (
    id             uuid primary key,
    tenant_id      uuid        not null references tenant (id) on delete cascade,
    business_id    uuid        not null references business (id) on delete cascade,
    goal           varchar(20) not null check (goal in ('LEADS', 'FOOTFALL', 'REVIEWS')),
    monthly_target integer     check (monthly_target >= 0),
    weight         numeric     not null check (weight >= 0),
    unique (tenant_id, business_id, goal)
);

-- What the business actually spent on an activity in a month and what that activity brought (per goal; null when
-- not measured). The curves of the business are fitted from these rows.
create table budget_result (
    id          uuid primary key,
    tenant_id   uuid        not null references tenant (id) on delete cascade,
    business_id uuid        not null references business (id) on delete cascade,
    month       date        not null check (extract(day from month) = 1),
    activity    varchar(30) not null,
    spend_minor bigint      not null check (spend_minor >= 0),
    leads       integer     check (leads >= 0),
    footfall    integer     check (footfall >= 0),
    reviews     integer     check (reviews >= 0),
    recorded_at timestamptz not null,
    unique (tenant_id, business_id, month, activity)
);
create index budget_result_business_ix on budget_result (tenant_id, business_id);

-- Strategy labels by the paid spend the plan allocates (the seed's thresholds: below Rs 5,000 bootstrap, up to
-- Rs 15,000 growth, above scale). A label describes the result; it never chooses the algorithm.
create table budget_strategy (
    label      varchar(20) not null,
    currency   char(3)     not null,
    from_minor bigint      not null check (from_minor >= 0),
    focus      text        not null,
    primary key (label, currency)
);

insert into budget_strategy values
    ('bootstrap', 'INR',       0, 'Organic growth: the free actions carry the month, paid spend only where it pays most'),
    ('growth',    'INR',  500000, 'Paid reach on the channels that answer best, with organic work underneath'),
    ('scale',     'INR', 1500001, 'Paid reach across channels up to where extra spend stops paying');

-- Rs 0 actions and what each is expected to bring per month (PRODUCT ESTIMATES, like the curves).
create table budget_free_action (
    category           varchar(30)  not null,
    key                varchar(60)  not null,
    title              varchar(200) not null,
    goal               varchar(20)  not null check (goal in ('LEADS', 'FOOTFALL', 'REVIEWS')),
    expected_per_month numeric      not null check (expected_per_month >= 0),
    minutes_per_week   integer      not null check (minutes_per_week >= 0),
    automated          boolean      not null,
    primary key (category, key)
);

insert into budget_free_action values
    ('*', 'google-posts',     'Post on Google Business Profile three times a week (the daily plan does it)', 'FOOTFALL', 3, 0,  true),
    ('*', 'social-posts',     'Post on Facebook and Instagram every day (the daily plan does it)',           'LEADS',    3, 0,  true),
    ('*', 'review-replies',   'Reply to every review (4-5 stars automatically, the rest with guidance)',      'REVIEWS',  2, 15, true),
    ('*', 'review-requests',  'Ask each happy customer for a review on WhatsApp after the visit',              'REVIEWS',  5, 20, false),
    ('*', 'whatsapp-replies', 'Answer WhatsApp enquiries within minutes',                                      'LEADS',    4, 30, true),
    ('*', 'profile-complete', 'Complete the Google Business Profile: hours, photos, services, phone',          'FOOTFALL', 2, 10, false);

-- Time a person needs to copy one batch of contacts into an external CRM by hand (PRODUCT ESTIMATE).
insert into task_baseline values
    ('crm_export', 15, 'Copy a batch of up to 100 contacts into the company CRM by hand');

-- What each tier includes; GET /api/v1/tiers lists these with the limits of the tier's plans (table plan).
create table tier_feature (
    tier        varchar(20)  not null check (tier in ('LOCAL', 'ENTERPRISE')),
    feature     varchar(60)  not null,
    title       varchar(200) not null,
    included    boolean      not null,
    detail      text,
    position    integer      not null,
    primary key (tier, feature)
);

insert into tier_feature values
    ('LOCAL', 'daily-automation',  'Daily posts, review replies and reminders',          true,  null, 1),
    ('LOCAL', 'budget-plan',       'Budget plan and task prioritiser',                   true,  null, 2),
    ('LOCAL', 'analysis-report',   'Analysis report',                                    true,  'Short: this month''s figures, reviews and the budget plan''s headline', 3),
    ('LOCAL', 'portfolio',         'Portfolio view across locations',                    false, 'ENTERPRISE only', 4),
    ('LOCAL', 'crm-export',        'Contact export to your CRM over a signed webhook',    false, 'ENTERPRISE only', 5),
    ('ENTERPRISE', 'daily-automation', 'Daily posts, review replies and reminders',      true,  null, 1),
    ('ENTERPRISE', 'budget-plan',      'Budget plan and task prioritiser',               true,  null, 2),
    ('ENTERPRISE', 'analysis-report',  'Analysis report',                                true,  'Comprehensive: per task type, curves and their sources, comparison with the other outlets', 3),
    ('ENTERPRISE', 'portfolio',        'Portfolio view across locations',                true,  'Every outlet side by side on every figure the product holds', 4),
    ('ENTERPRISE', 'crm-export',       'Contact export to your CRM over a signed webhook', true, 'Signed batches to your endpoint', 5);
