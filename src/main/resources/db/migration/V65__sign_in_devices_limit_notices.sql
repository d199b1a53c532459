-- The browsers a person signed in from (the user agent without its version numbers): a sign-in from a new one, after
-- the first, is a security notice for that person.
create table sign_in_device (
    tenant_id     uuid         not null references tenant (id) on delete cascade,
    user_id       uuid         not null,
    device_key    varchar(64)  not null,
    description   varchar(200) not null,
    last_ip       varchar(64),
    first_seen_at timestamptz  not null,
    last_seen_at  timestamptz  not null,
    primary key (user_id, device_key)
);
create index sign_in_device_tenant on sign_in_device (tenant_id);

-- A plan limit the tenant ran into, once per limit and UTC day: the owner hears of it once that day, not per refusal.
-- No foreign key: it is written while the refused transaction still holds the tenant row locked (PlanLimits).
create table plan_limit_notice (
    tenant_id  uuid        not null,
    limit_name varchar(60) not null,
    day        date        not null,
    created_at timestamptz not null,
    primary key (tenant_id, limit_name, day)
);
