-- Issue 5, last part: a cap on repeat review requests, and post engagement read back from the platforms.

-- A customer who was asked for a review within this many days is not asked again (0 = ask after every sale).
alter table referral_setting
    add column review_request_cooldown_days integer not null default 90
        check (review_request_cooldown_days between 0 and 365);

-- When the review request of a sale went out (the cooldown is measured from it).
alter table sale add column review_requested_at timestamptz;
create index sale_contact_asked_ix on sale (tenant_id, business_id, contact_id, review_requested_at);

-- A Facebook lead ad whose answers could not be read (the page token expired, the lead was deleted) or stored.
insert into guidance values
('facebook-lead-unread', 'Contact a Facebook lead by hand', 'leads',
 '["Open Meta Business Suite and choose All tools, then Instant Forms (or Leads Center).","Find the lead by the time shown on this task and read their answers.","Call or WhatsApp them today: a lead answered within an hour is far more likely to book.","Reconnect Facebook in Connections (Test connection must turn green) so the next leads arrive by themselves."]',
 '["The lead was contacted","Facebook shows as connected and Test connection is green"]',
 '["Lead ads cost money: an unanswered lead is spend lost","Leads go cold within hours"]',
 10, 'A lead from your Facebook ad could not be read automatically, so nobody has answered it yet.');

-- Likes, comments, shares, reach and views of each published Facebook and Instagram post, read back from the
-- platform 1 h, 24 h, 3 days and 7 days after publishing (durable jobs). A figure the platform does not report is
-- null, not 0. Sandbox posts are not tracked: nothing real was posted.
create table post_engagement (
    id               uuid primary key,
    tenant_id        uuid         not null references tenant (id) on delete cascade,
    business_id      uuid         not null references business (id) on delete cascade,
    connection_id    uuid         not null,
    channel          varchar(30)  not null,
    platform_post_id varchar(300) not null,
    delivery_id      uuid,
    post_text        text,
    published_at     timestamptz  not null,
    likes            bigint,
    comments         bigint,
    shares           bigint,
    reach            bigint,
    views            bigint,
    reads            integer      not null default 0,
    last_read_at     timestamptz,
    next_read_at     timestamptz,
    last_error       text,
    version          integer      not null default 0,
    unique (tenant_id, channel, platform_post_id)
);
create index post_engagement_business_ix on post_engagement (tenant_id, business_id, published_at desc);
