-- Review & referral: how each review was answered (one answer whichever path sees it first), per-business review and
-- referral settings, sales, referral codes and their attribution.

-- Reply status of each review, kept on its row: the daily plan and the review sync both read it, and a review is
-- answered by the path that recorded it first.
--   NEW: seen, nothing decided yet · REPLYING: an automatic reply is on its way · REPLIED: a reply is public
--   SIMULATED: a sandbox connection recorded the reply · NEEDS_PERSON: 3 stars or fewer, a manual task holds a draft
--   FAILED: the platform did not accept the automatic reply; handed to the owner
alter table review add column reply_status varchar(14) not null default 'NEW'
    check (reply_status in ('NEW', 'REPLYING', 'REPLIED', 'SIMULATED', 'NEEDS_PERSON', 'FAILED'));
alter table review add column replied_by varchar(12) check (replied_by in ('AUTOMATION', 'OWNER', 'PLATFORM'));
alter table review add column answered_by varchar(12) check (answered_by in ('DAILY_PLAN', 'REVIEW_SYNC', 'OWNER'));
alter table review add column reply_text text;
alter table review add column suggested_reply text;
alter table review add column replied_at timestamptz;
alter table review add column manual_task_id uuid;
alter table review add column delivery_id uuid;
alter table review add column contact_id uuid references contact (id) on delete set null;
update review set reply_status = 'REPLIED', replied_by = 'PLATFORM' where replied;
update review set reply_status = 'NEEDS_PERSON' where handling = 'PERSON';
create index review_business_ix on review (tenant_id, business_id, first_seen_at);

-- Per business: the Google place id for the review link, when the review request goes out, when referral codes are
-- sent, and how often reviews are read outside the daily plan (null: only by the daily plan and on request).
create table referral_setting (
    id                           uuid primary key,
    tenant_id                    uuid        not null references tenant (id) on delete cascade,
    business_id                  uuid        not null references business (id) on delete cascade,
    google_place_id              varchar(300),
    review_request_delay_minutes integer     not null default 120 check (review_request_delay_minutes between 0 and 10080),
    referral_trigger             varchar(12) not null default 'AFTER_REVIEW'
        check (referral_trigger in ('AFTER_REVIEW', 'AFTER_SALE', 'OFF')),
    review_sync_hours            integer     check (review_sync_hours between 1 and 168),
    updated_at                   timestamptz not null,
    version                      integer     not null default 0,
    unique (tenant_id, business_id)
);

-- One short, unguessable code per contact and business; its send is a durable job keyed by the code.
create table referral_code (
    id             uuid primary key,
    tenant_id      uuid        not null references tenant (id) on delete cascade,
    business_id    uuid        not null references business (id) on delete cascade,
    contact_id     uuid        not null references contact (id) on delete cascade,
    code           varchar(12) not null unique,
    trigger        varchar(12) not null check (trigger in ('AFTER_REVIEW', 'AFTER_SALE')),
    send_status    varchar(12) not null default 'SCHEDULED',
    delivery_id    uuid,
    created_at     timestamptz not null,
    unique (tenant_id, business_id, contact_id)
);

create table sale (
    id                     uuid primary key,
    tenant_id              uuid         not null references tenant (id) on delete cascade,
    business_id            uuid         not null references business (id) on delete cascade,
    contact_id             uuid         not null references contact (id) on delete cascade,
    amount_minor           bigint       not null check (amount_minor >= 0),
    currency               char(3)      not null,
    occurred_at            timestamptz  not null,
    external_id            varchar(200),
    referral_code_id       uuid         references referral_code (id) on delete set null,
    referrer_contact_id    uuid         references contact (id) on delete set null,
    review_request_status  varchar(14)  not null,
    review_request_delivery_id uuid,
    created_at             timestamptz  not null,
    unique (tenant_id, business_id, external_id)
);
create index sale_business_ix on sale (tenant_id, business_id, occurred_at);
create index sale_contact_ix on sale (tenant_id, contact_id);

-- PRODUCT ESTIMATES (not measurements) of the time a person spends on these by hand:
-- review_request: look up today's customer, write a thank-you with the Google review link and send it (3 minutes);
-- referral_conversion: check a referral code at checkout against the notebook and credit the referrer (2 minutes).
insert into task_baseline values
    ('review_request',      3, 'Thank a customer after a sale and ask for a Google review, with the link'),
    ('referral_conversion', 2, 'Check a referral code at checkout and credit the customer who referred the sale');
