-- Contacts of a tenant, with consent, opt-out and last inbound time per channel; quiet hours per business.

create table contact (
    id          uuid primary key,
    tenant_id   uuid         not null references tenant (id) on delete cascade,
    name        varchar(200),
    phone_e164  varchar(16),
    email       varchar(320),
    language    varchar(35),
    tags        text         not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     integer      not null default 0
);
create index contact_tenant_ix on contact (tenant_id, created_at);
create unique index contact_phone_uq on contact (tenant_id, phone_e164) where phone_e164 is not null;
create unique index contact_email_uq on contact (tenant_id, lower(email)) where email is not null;

create table contact_channel (
    id              uuid primary key,
    tenant_id       uuid         not null references tenant (id) on delete cascade,
    contact_id      uuid         not null references contact (id) on delete cascade,
    channel         varchar(30)  not null,
    consent_at      timestamptz,
    consent_source  varchar(200),
    opted_out_at    timestamptz,
    opt_out_reason  varchar(200),
    last_inbound_at timestamptz,
    constraint contact_channel_uq unique (contact_id, channel)
);
create index contact_channel_tenant_ix on contact_channel (tenant_id);

-- Null means the default quiet hours (21:00-09:00 local), applied by the send policy.
alter table business
    add column quiet_hours_start time,
    add column quiet_hours_end   time;
