-- The weekly content bot: per-business settings, the business's own dates, and the posts it prepares (the approval
-- queue) and their publication. More template variety so a business's text does not
-- repeat on a platform within eight weeks.

create table content_bot_setting (
    id            uuid primary key,
    tenant_id     uuid        not null references tenant (id) on delete cascade,
    business_id   uuid        not null references business (id) on delete cascade,
    weekly_content boolean    not null default false,
    auto_publish  boolean     not null default false,
    llm_enabled   boolean     not null default false,
    updated_at    timestamptz not null,
    version       integer     not null default 0,
    unique (tenant_id, business_id)
);

-- Dates of the business's own (anniversary sale, new branch opening): posts announce them like festivals.
create table content_own_date (
    id          uuid primary key,
    tenant_id   uuid         not null references tenant (id) on delete cascade,
    business_id uuid         not null references business (id) on delete cascade,
    name        varchar(120) not null,
    date        date         not null,
    created_at  timestamptz  not null,
    version     integer      not null default 0
);
create index content_own_date_ix on content_own_date (tenant_id, business_id, date);

-- One post per business, platform and day of the week it was prepared for (the idempotency of a week).
create table content_post (
    id               uuid primary key,
    tenant_id        uuid         not null references tenant (id) on delete cascade,
    business_id      uuid         not null references business (id) on delete cascade,
    connection_id    uuid         not null,
    platform         varchar(30)  not null,
    iso_week         varchar(8)   not null,
    slot_date        date         not null,
    scheduled_at     timestamptz  not null,
    status           varchar(10)  not null check (status in ('DRAFT', 'APPROVED', 'REJECTED', 'SCHEDULED',
                                                             'PUBLISHED', 'FAILED')),
    text             text         not null,
    theme            varchar(60),
    festival         varchar(120),
    language         varchar(8)   not null,
    image_url        varchar(2000),
    writer           varchar(10)  not null check (writer in ('TEMPLATE', 'LLM')),
    call_to_action   varchar(20),
    link             varchar(2000),
    platform_post_id varchar(300),
    delivery_id      uuid,
    error            text,
    simulated        boolean      not null default false,
    approved_at      timestamptz,
    published_at     timestamptz,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          integer      not null default 0,
    unique (tenant_id, business_id, platform, slot_date)
);
create index content_post_week_ix on content_post (tenant_id, business_id, iso_week);
create index content_post_day_ix on content_post (tenant_id, business_id, scheduled_at);

-- More texts: with the existing ones every category has enough combinations of text and call to action that
-- a business's post on a platform differs from each of the previous 56 days (see ContentRules.dailyPost).
insert into content_template (id, category, language, kind, stars, text) values
('any.en.post.4',   '*',     'en', 'post', null, 'Here is what we are proud of at {business} this week: {theme}. {offer_hint}'),
('any.en.post.5',   '*',     'en', 'post', null, 'Neighbours in {city}, meet {business}! Today we are sharing {theme}. {offer_hint}'),
('any.en.cta.3',    '*',     'en', 'offer_hint', null, 'Follow us for more and say hello on your next visit.'),
('any.hi.post.5',   '*',     'hi', 'post', null, '{city} के दोस्तों, {business} की ओर से नमस्ते! आज हम लेकर आए हैं: {theme}। {offer_hint}'),
('any.hi.cta.3',    '*',     'hi', 'offer_hint', null, 'हमें फ़ॉलो करें और अगली बार मिलने ज़रूर आइए।'),
('salon.hi.post.3', 'salon', 'hi', 'post', null, 'ख़ास मौक़े की तैयारी? {business} की टीम आपको सबसे अच्छा दिखाने के लिए तैयार है। आज: {theme}। {offer_hint}'),
('salon.hi.post.4', 'salon', 'hi', 'post', null, 'छोटे बदलाव, बड़ा आत्मविश्वास! 💇 {business}, {city} में आज: {theme}। {offer_hint}'),
('salon.hi.cta.2',  'salon', 'hi', 'offer_hint', null, 'स्लॉट बुक करने के लिए हमें मैसेज करें।');
