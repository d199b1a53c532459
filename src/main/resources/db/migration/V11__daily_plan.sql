-- The daily plan: when each business's day runs, the plan built for each day and its tasks, and the reviews the
-- plan has seen. (V10 is the content generator's.)

-- When a business's day runs, in its own time zone. A null run_time means "from the category's posting windows".
create table daily_plan_setting (
    id          uuid primary key,
    tenant_id   uuid        not null references tenant (id) on delete cascade,
    business_id uuid        not null references business (id) on delete cascade,
    run_time    time,
    paused      boolean     not null default false,
    photo_urls  text        not null default '[]',
    updated_at  timestamptz not null,
    version     integer     not null default 0,
    unique (tenant_id, business_id)
);

-- One plan per business, local date and slot: the idempotency of a day. A run that was missed while the service was
-- down is caught up once because a second run finds this row.
create table daily_plan (
    id            uuid primary key,
    tenant_id     uuid        not null references tenant (id) on delete cascade,
    business_id   uuid        not null references business (id) on delete cascade,
    plan_date     date        not null,
    slot          varchar(20) not null,
    status        varchar(12) not null check (status in ('PLANNED', 'RUNNING', 'DONE', 'PARTIAL', 'FAILED', 'SKIPPED')),
    trigger       varchar(12) not null check (trigger in ('SCHEDULED', 'CATCH_UP', 'RUN_NOW')),
    time_zone     varchar(60) not null,
    scheduled_for timestamptz not null,
    started_at    timestamptz,
    finished_at   timestamptz,
    note          text,
    runs          integer     not null default 0,
    created_at    timestamptz not null,
    version       integer     not null default 0,
    unique (tenant_id, business_id, plan_date, slot)
);

create table daily_plan_task (
    id              uuid primary key,
    tenant_id       uuid         not null references tenant (id) on delete cascade,
    plan_id         uuid         not null references daily_plan (id) on delete cascade,
    business_id     uuid         not null references business (id) on delete cascade,
    task_key        varchar(160) not null,
    position        integer      not null,
    task_type       varchar(60)  not null,
    channel         varchar(30),
    connection_id   uuid,
    mode            varchar(10)  not null check (mode in ('AUTOMATED', 'MANUAL')),
    title           varchar(200) not null,
    detail          text,
    trigger         text,
    action          text,
    status          varchar(12)  not null check (status in ('PLANNED', 'RUNNING', 'DONE', 'SIMULATED', 'FAILED',
                                                            'WITHHELD', 'MANUAL', 'BLOCKED')),
    attempts        integer      not null default 0,
    delivery_id     uuid,
    manual_task_id  uuid,
    error           text,
    started_at      timestamptz,
    finished_at     timestamptz,
    version         integer      not null default 0,
    unique (plan_id, task_key)
);
create index daily_plan_task_plan_ix on daily_plan_task (tenant_id, plan_id, position);

-- Reviews read from the platforms, so each is answered once: automatically when 4 or 5 stars, by a person otherwise.
create table review (
    id                 uuid primary key,
    tenant_id          uuid         not null references tenant (id) on delete cascade,
    business_id        uuid         not null references business (id) on delete cascade,
    connection_id      uuid,
    platform           varchar(30)  not null,
    platform_review_id varchar(300) not null,
    reviewer_name      varchar(200),
    stars              integer      not null check (stars between 1 and 5),
    comment            text,
    reviewed_at        timestamptz,
    replied            boolean      not null,
    handling           varchar(20)  not null check (handling in ('AUTO_REPLY', 'PERSON', 'ALREADY_REPLIED')),
    first_seen_at      timestamptz  not null,
    unique (tenant_id, business_id, platform, platform_review_id)
);

insert into guidance values
('publish-post-manually', 'Publish today''s post yourself', 'content',
 '["Open the platform named in the task (Facebook Page, Instagram or Google Business Profile) on your phone.","Copy the post text shown in the task reason; it was written for you and checked against the platform''s length rules.","For Instagram, pick a clear, bright photo from today: your work, your team or a happy customer (with their permission).","Paste the text, check the business name and any offer, and publish.","Come back and mark this task done with the minutes it took, so your time is counted."]',
 '["Text pasted without changes to offers or prices you do not run","Photo is your own and clear (Instagram)","Post is visible on your page or profile","Task marked done with the minutes spent"]',
 '["The automation tried and the platform refused or did not answer; the reason is in the task","Posting regularly keeps your page active and visible to nearby customers"]',
 10, 'Keeps your posting rhythm on the day the automation could not publish, so your profile stays active for local searches.'),
('add-instagram-photos', 'Add photos so Instagram posts can go out', 'content',
 '["Instagram only accepts posts with a picture, so the daily post needs photos you own.","Choose 5 to 10 good photos of your work, shop, dishes or team (bright, in focus, no other brand''s logos).","Upload them somewhere public such as your website or Google Drive with link sharing, and copy each link.","In Vertical Light open Settings > Daily plan and paste the photo links; the daily post rotates through them.","Until then, post today''s caption yourself with a photo from your phone."]',
 '["Photos are your own and show your business","Links open the image without a login","Links saved in the daily plan settings"]',
 '["Posts with a real photo of your work get far more engagement than stock images"]',
 15, 'Lets the daily Instagram post go out by itself; Instagram is the main discovery channel for salons, cafes and boutiques.'),
('reply-to-review-manually', 'Reply to a review yourself', 'reputation',
 '["Open business.google.com or the Google Maps app and find the review named in the task.","Copy the suggested reply from the task reason, or write your own thanking the customer by name.","Keep it short and warm; mention what they liked.","Publish the reply and mark this task done with the minutes it took."]',
 '["Customer thanked by name","Reply published on Google"]',
 '["A reply within a day or two shows future customers that you care"]',
 5, 'Answered reviews build trust with people comparing businesses on Google Maps.');
