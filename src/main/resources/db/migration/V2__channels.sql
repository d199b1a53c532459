-- Channel gateway: a business's connections to platforms, and the delivery log of every outbound action.

create table channel_connection (
    id                     uuid primary key,
    tenant_id              uuid         not null references tenant (id) on delete cascade,
    business_id            uuid         not null references business (id) on delete cascade,
    kind                   varchar(40)  not null,
    name                   varchar(100) not null,
    platform_ids           text         not null,
    credentials_ciphertext text         not null,
    mode                   varchar(10)  not null,
    status                 varchar(20)  not null,
    last_error             text,
    last_checked_at        timestamptz,
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    version                integer      not null default 0
);
create index channel_connection_tenant_ix on channel_connection (tenant_id);
create index channel_connection_business_ix on channel_connection (business_id);

-- One row per outbound action, claimed by its idempotency key before anything is sent: a key that exists is
-- never sent again. requests holds the redacted HTTP requests (what went out, or in sandbox what would have).
create table delivery (
    id              uuid primary key,
    tenant_id       uuid         not null references tenant (id) on delete cascade,
    connection_id   uuid         references channel_connection (id) on delete set null,
    channel         varchar(40)  not null,
    action_type     varchar(20)  not null,
    idempotency_key varchar(200) not null,
    recipient       varchar(320),
    mode            varchar(10)  not null,
    status          varchar(20)  not null,
    platform_id     varchar(200),
    error_kind      varchar(40),
    error_code      varchar(40),
    error_message   text,
    attempts        integer      not null default 0,
    requests        text,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    unique (tenant_id, idempotency_key)
);
create index delivery_tenant_created_ix on delivery (tenant_id, created_at desc);
create index delivery_platform_id_ix on delivery (platform_id) where platform_id is not null;
