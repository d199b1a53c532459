-- Hyperlocal competitors and daily insights (package com.verticallight.intelligence).

-- Which Google Places (New) types stand for each business category in a nearby search. Data, not code:
-- add a row to widen a category's search. Types from Places API (New) "Table A".
create table category_place_type (
    category   varchar(30) not null,
    place_type varchar(60) not null,
    primary key (category, place_type)
);
insert into category_place_type values
    ('salon', 'beauty_salon'), ('salon', 'hair_salon'), ('salon', 'hair_care'), ('salon', 'nail_salon'),
    ('restaurant', 'restaurant'),
    ('retail', 'clothing_store'), ('retail', 'shoe_store'), ('retail', 'jewelry_store'), ('retail', 'store'),
    ('clinic', 'doctor'), ('clinic', 'dental_clinic'), ('clinic', 'physiotherapist'),
    ('home_service', 'electrician'), ('home_service', 'plumber'), ('home_service', 'painter'),
    ('home_service', 'locksmith'),
    ('gym', 'gym'), ('gym', 'fitness_center');

-- A competitor seen near a business (by Places or an import). Its figures live in competitor_observation.
create table competitor (
    id            uuid primary key,
    tenant_id     uuid         not null references tenant (id) on delete cascade,
    business_id   uuid         not null references business (id) on delete cascade,
    external_id   varchar(300) not null,
    name          varchar(300) not null,
    first_seen_at timestamptz  not null,
    last_seen_at  timestamptz  not null,
    unique (tenant_id, business_id, external_id)
);

-- What one fetch or import said about a competitor on a date; the history shows changes over time.
-- Null means "not known" (e.g. has_website is unknown for Places results, closes_at unless imported).
create table competitor_observation (
    id             uuid primary key,
    tenant_id      uuid             not null references tenant (id) on delete cascade,
    business_id    uuid             not null references business (id) on delete cascade,
    competitor_id  uuid             not null references competitor (id) on delete cascade,
    source         varchar(10)      not null check (source in ('PLACES', 'IMPORT')),
    observed_at    timestamptz      not null,
    latitude       double precision not null,
    longitude      double precision not null,
    rating         double precision check (rating between 0 and 5),
    review_count   integer          check (review_count >= 0),
    price_level    integer          check (price_level between 0 and 4),
    has_website    boolean,
    website        varchar(500),
    closes_at      time,
    types          text,
    status         varchar(40)
);
create index competitor_observation_latest on competitor_observation (competitor_id, observed_at desc);

-- A sharp move of a competitor's rating or review count between two observations.
create table competitor_alert (
    id               uuid primary key,
    tenant_id        uuid             not null references tenant (id) on delete cascade,
    business_id      uuid             not null references business (id) on delete cascade,
    competitor_id    uuid             not null references competitor (id) on delete cascade,
    kind             varchar(20)      not null check (kind in ('RATING', 'REVIEW_COUNT')),
    previous_value   double precision not null,
    current_value    double precision not null,
    previous_at      timestamptz      not null,
    observed_at      timestamptz      not null,
    created_at       timestamptz      not null,
    unique (tenant_id, competitor_id, kind, observed_at)
);

-- The kinds of insight and what acting on one takes. impact_score (1-10), effort_minutes (per item the insight
-- counts, e.g. per unanswered review) and cost_minor are PRODUCT ESTIMATES used for ranking, not measurements;
-- the figures an insight shows as its evidence are always computed from stored rows.
create table insight_type (
    type             varchar(60) primary key,
    impact_score     integer     not null check (impact_score between 1 and 10),
    effort_minutes   integer     not null check (effort_minutes > 0),
    cost_minor       bigint      not null check (cost_minor >= 0),
    actionable_today boolean     not null,
    expected_impact  text        not null
);
insert into insight_type values
    ('unanswered_reviews', 8, 10, 0, true, 'Answered reviews rank better on Google and win back unhappy customers'),
    ('rating_trend', 7, 15, 0, true, 'Asking recent happy customers for reviews lifts the average back'),
    ('posting_gap', 6, 20, 0, true, 'Regular posts keep the profile active and bring repeat visits'),
    ('missing_channel', 7, 30, 0, true, 'Customers reach you where they already are (WhatsApp, Google Maps)'),
    ('missing_profile_field', 5, 5, 0, true, 'Complete profiles get more calls and direction requests'),
    ('competitor_move', 4, 10, 0, true, 'Knowing a rival''s sudden change lets you answer it (offer, reviews)');

-- One insight per business, type and subject: a daily recomputation updates it instead of adding another.
create table insight (
    id              uuid primary key,
    tenant_id       uuid         not null references tenant (id) on delete cascade,
    business_id     uuid         not null references business (id) on delete cascade,
    type            varchar(60)  not null references insight_type (type),
    subject         varchar(200) not null,
    title           varchar(300) not null,
    description     text         not null,
    priority        varchar(10)  not null check (priority in ('HIGH', 'MEDIUM', 'LOW')),
    impact_score    integer      not null,
    expected_impact text         not null,
    effort_minutes  integer      not null,
    cost_minor      bigint       not null,
    currency        char(3)      not null,
    actionable_today boolean     not null,
    evidence        text         not null,
    status          varchar(10)  not null check (status in ('NEW', 'DONE', 'DISMISSED')),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         integer      not null default 0,
    unique (tenant_id, business_id, type, subject)
);
