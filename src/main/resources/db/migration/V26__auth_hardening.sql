-- Auth hardening (issue 13).

-- Access tokens carry the user's token version ("tv" claim); bumping it (logout, password or role change, refresh
-- token reuse) makes every access token issued before refused at once. A removed user has no row: refused too.
alter table app_user add column token_version integer not null default 0;

-- When a refresh token was spent on a refresh (not revoked by logout or a password change): presenting a spent
-- token again means it leaked, and revokes the user's sessions.
alter table refresh_token add column used_at timestamptz;

-- Failed sign-ins per account (lower-cased email) and per client address, shared by every instance. The count
-- restarts after 15 minutes without a failure; from the threshold on, each failure locks the scope for a growing
-- time (locked_until). Keyed before any tenant is known, like the credential lookups.
create table login_throttle (
    scope           varchar(10)  not null,
    subject         varchar(320) not null,
    failures        integer      not null,
    last_failure_at timestamptz  not null,
    locked_until    timestamptz,
    primary key (scope, subject)
);

-- What the owner should know about their account's security (e.g. sign-in locked after repeated wrong passwords).
create table security_event (
    id         uuid primary key,
    tenant_id  uuid         not null references tenant (id) on delete cascade,
    user_id    uuid,
    kind       varchar(40)  not null,
    detail     text         not null,
    client_ip  varchar(64),
    created_at timestamptz  not null
);
create index security_event_tenant_ix on security_event (tenant_id, created_at desc);
