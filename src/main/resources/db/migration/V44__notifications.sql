-- The notification centre: what each person should hear about, on which channels, and what was delivered.

create sequence notification_seq;

create table notification (
    id              uuid primary key,
    -- taken again when a notification is merged ("3 new leads"), so a socket that saw an older value gets it again
    seq             bigint       not null default nextval('notification_seq'),
    tenant_id       uuid         not null references tenant (id) on delete cascade,
    user_id         uuid         not null references app_user (id) on delete cascade,
    category        varchar(30)  not null,
    priority        varchar(10)  not null,
    title           varchar(300) not null,
    body            varchar(2000),
    link            varchar(500),
    merge_key       varchar(200),
    merged_count    integer      not null default 1,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    read_at         timestamptz
);
create unique index notification_seq_unique on notification (seq);
create index notification_person on notification (tenant_id, user_id, seq desc);
create index notification_unread on notification (tenant_id, user_id) where read_at is null;
create index notification_merge on notification (tenant_id, user_id, merge_key, created_at desc) where read_at is null;

-- One row per consumed outbox event: a second delivery of the event finds it and produces nothing.
create table notification_event (
    event_id    uuid primary key,
    tenant_id   uuid        not null references tenant (id) on delete cascade,
    consumed_at timestamptz not null
);

-- Per channel (EMAIL, PUSH, SMS, WHATSAPP, SLACK, WEBHOOK): PENDING, HELD (quiet hours, until due_at), DIGEST
-- (waits for the daily digest), SENT, SANDBOX (recorded, not sent), FAILED, SKIPPED (no address or connection).
create table notification_delivery (
    id              uuid primary key,
    tenant_id       uuid         not null references tenant (id) on delete cascade,
    notification_id uuid         not null references notification (id) on delete cascade,
    user_id         uuid         not null references app_user (id) on delete cascade,
    channel         varchar(20)  not null,
    status          varchar(20)  not null,
    due_at          timestamptz,
    detail          varchar(1000),
    gateway_delivery_id uuid,
    created_at      timestamptz  not null,
    finished_at     timestamptz,
    unique (notification_id, channel)
);
create index notification_delivery_digest on notification_delivery (tenant_id, user_id, status) where status = 'DIGEST';

create table notification_preference (
    user_id    uuid primary key references app_user (id) on delete cascade,
    tenant_id  uuid        not null references tenant (id) on delete cascade,
    settings   text        not null,
    updated_at timestamptz not null
);

create table push_subscription (
    id         uuid primary key,
    tenant_id  uuid          not null references tenant (id) on delete cascade,
    user_id    uuid          not null references app_user (id) on delete cascade,
    endpoint   varchar(2048) not null unique,
    p256dh     varchar(200)  not null,
    auth       varchar(100)  not null,
    created_at timestamptz   not null
);
create index push_subscription_person on push_subscription (tenant_id, user_id);

-- The service's VAPID key pair, generated once when none is configured (one row).
create table vapid_key (
    id                  integer primary key check (id = 1),
    public_key          text        not null,
    private_key_cipher  text        not null,
    created_at          timestamptz not null
);
