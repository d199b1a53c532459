-- Foundation: plans, tenants, users and their credentials, businesses, category defaults, rate limiting.
-- Every tenant-owned table carries tenant_id; plans and category defaults are shared reference data.

create table plan (
    code                      varchar(20) primary key,
    tier                      varchar(20) not null,
    monthly_price_minor       bigint      not null,
    currency                  char(3)     not null,
    max_locations             integer     not null,
    max_team_members          integer     not null,
    max_api_keys              integer     not null,
    max_workflows             integer     not null,
    max_ai_models             integer     not null,
    max_predictions_per_day   integer     not null,
    max_api_requests_per_hour integer     not null,
    data_retention_days       integer     not null
);

-- Seeds 002 and 004: local tier Rs 999/month (1,000 API requests/hour, 3 team members), enterprise Rs 25,000/month
-- (10,000 requests/hour, 50 team members); AI models, predictions, workflows and retention per plan from seed 004.
-- Premium's price (Rs 2,499) and the API key counts are product choices, not from the seeds.
insert into plan values
    ('TRIAL',      'LOCAL',       0,       'INR', 1,   2,  2,  1,  2,  100,   1000,  30),
    ('BASIC',      'LOCAL',       99900,   'INR', 1,   3,  3,  3,  5,  500,   1000,  90),
    ('PREMIUM',    'LOCAL',       249900,  'INR', 1,   5,  5,  10, 15, 2000,  1000,  365),
    ('ENTERPRISE', 'ENTERPRISE',  2500000, 'INR', 100, 50, 50, 25, 50, 10000, 10000, 1095);

create table tenant (
    id         uuid primary key,
    name       varchar(200) not null,
    tier       varchar(20)  not null,
    plan_code  varchar(20)  not null references plan (code),
    locale     varchar(35)  not null,
    currency   char(3)      not null,
    time_zone  varchar(64)  not null,
    created_at timestamptz  not null,
    version    integer      not null default 0
);

create table app_user (
    id                uuid primary key,
    tenant_id         uuid         not null references tenant (id) on delete cascade,
    email             varchar(320) not null,
    name              varchar(200),
    password_hash     varchar(100),
    role              varchar(20)  not null,
    status            varchar(20)  not null,
    invite_token_hash varchar(64),
    invite_expires_at timestamptz,
    created_at        timestamptz  not null
);
create unique index app_user_email_uq on app_user (lower(email));
create unique index app_user_invite_uq on app_user (invite_token_hash) where invite_token_hash is not null;
create index app_user_tenant_ix on app_user (tenant_id);

create table refresh_token (
    id         uuid primary key,
    tenant_id  uuid        not null references tenant (id) on delete cascade,
    user_id    uuid        not null references app_user (id) on delete cascade,
    token_hash varchar(64) not null unique,
    expires_at timestamptz not null,
    revoked_at timestamptz,
    created_at timestamptz not null
);
create index refresh_token_user_ix on refresh_token (user_id);

create table api_key (
    id           uuid primary key,
    tenant_id    uuid         not null references tenant (id) on delete cascade,
    name         varchar(100) not null,
    prefix       varchar(16)  not null,
    key_hash     varchar(64)  not null unique,
    permissions  text         not null,
    created_by   uuid,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_key_tenant_ix on api_key (tenant_id);

-- Fixed one-hour windows counted in the database, so every instance of the service shares one count.
create table rate_limit_window (
    tenant_id     uuid        not null references tenant (id) on delete cascade,
    window_start  timestamptz not null,
    request_count integer     not null,
    primary key (tenant_id, window_start)
);

create table category_default (
    category varchar(30) primary key,
    config   text        not null
);

insert into category_default values
    ('restaurant', '{"automationPriorities":["google_business_posts","social_media_content","review_responses","delivery_platform_optimization"],"contentThemes":["food_photos","daily_specials","customer_testimonials"],"postingWindows":[{"name":"breakfast","start":"07:00","end":"09:00"},{"name":"lunch","start":"11:00","end":"13:00"},{"name":"dinner","start":"18:00","end":"20:00"}]}'),
    ('salon', '{"automationPriorities":["appointment_reminders","instagram_content","google_business_posts","customer_follow_ups"],"contentThemes":["before_after","styling_tips","product_features"],"postingWindows":[{"name":"morning","start":"09:00","end":"11:00"},{"name":"evening","start":"17:00","end":"19:00"}]}'),
    ('retail', '{"automationPriorities":["google_business_posts","social_media_content","review_responses","customer_follow_ups"],"contentThemes":["new_arrivals","offers","customer_testimonials"],"postingWindows":[{"name":"morning","start":"10:00","end":"12:00"},{"name":"evening","start":"18:00","end":"20:00"}]}'),
    ('clinic', '{"automationPriorities":["appointment_reminders","review_responses","google_business_posts","customer_follow_ups"],"contentThemes":["health_tips","doctor_profiles","patient_testimonials"],"postingWindows":[{"name":"morning","start":"08:00","end":"10:00"},{"name":"evening","start":"17:00","end":"19:00"}]}'),
    ('home_service', '{"automationPriorities":["lead_follow_ups","review_responses","google_business_posts","appointment_reminders"],"contentThemes":["before_after","maintenance_tips","customer_testimonials"],"postingWindows":[{"name":"morning","start":"08:00","end":"10:00"},{"name":"evening","start":"18:00","end":"20:00"}]}'),
    ('gym', '{"automationPriorities":["lead_follow_ups","instagram_content","appointment_reminders","review_responses"],"contentThemes":["workout_tips","member_transformations","class_schedule"],"postingWindows":[{"name":"early","start":"06:00","end":"08:00"},{"name":"evening","start":"17:00","end":"19:00"}]}'),
    ('other', '{"automationPriorities":["google_business_posts","review_responses","social_media_content","customer_follow_ups"],"contentThemes":["behind_the_scenes","offers","customer_testimonials"],"postingWindows":[{"name":"morning","start":"09:00","end":"11:00"},{"name":"evening","start":"17:00","end":"19:00"}]}');

create table business (
    id                        uuid primary key,
    tenant_id                 uuid             not null references tenant (id) on delete cascade,
    name                      varchar(200)     not null,
    category                  varchar(30)      not null,
    address_line              varchar(300),
    city                      varchar(120)     not null,
    postal_code               varchar(20),
    country                   char(2)          not null,
    latitude                  double precision not null,
    longitude                 double precision not null,
    service_radius_km         double precision not null,
    monthly_budget_minor      bigint           not null,
    budget_currency           char(3)          not null,
    language                  varchar(35)      not null,
    time_zone                 varchar(64)      not null,
    phone                     varchar(16),
    email                     varchar(320),
    website                   varchar(500),
    gbp_location_id           varchar(100),
    facebook_page_id          varchar(100),
    instagram_account_id      varchar(100),
    whatsapp_number           varchar(16),
    monthly_revenue_minor     bigint,
    customer_count            integer,
    average_order_value_minor bigint,
    operating_hours           text             not null,
    category_config           text             not null,
    created_at                timestamptz      not null,
    updated_at                timestamptz      not null,
    version                   integer          not null default 0
);
create index business_tenant_ix on business (tenant_id);
