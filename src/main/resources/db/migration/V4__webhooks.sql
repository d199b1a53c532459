-- Inbound webhooks: every platform event stored raw and deduplicated by the platform's id, and the outbox
-- that hands each new event to internal processing (written in the same transaction as the event).

create table webhook_event (
    id          uuid primary key,
    tenant_id   uuid         references tenant (id) on delete cascade,
    source      varchar(30)  not null,
    external_id varchar(200) not null,
    event_type  varchar(40)  not null,
    payload     text         not null,
    received_at timestamptz  not null,
    unique (source, external_id)
);
create index webhook_event_tenant_ix on webhook_event (tenant_id, received_at desc);

create table outbox (
    id           uuid primary key,
    tenant_id    uuid,
    topic        varchar(60) not null,
    payload      text        not null,
    created_at   timestamptz not null,
    published_at timestamptz,
    attempts     integer     not null default 0,
    last_error   text
);
create index outbox_pending_ix on outbox (created_at) where published_at is null;
