-- One platform connect flow (Facebook Login for Business, WhatsApp Embedded Signup, Google OAuth): started by a
-- person for a business, finished by the same person with the state it was given. Only the SHA-256 of the state is
-- kept; it is used once (used_at) and expires. What the platform answered (the Pages or locations to choose from,
-- with their tokens) is kept encrypted until the person chose, then cleared.
create table connect_flow (
    id                     uuid primary key,
    tenant_id              uuid        not null references tenant (id) on delete cascade,
    user_id                uuid        not null,
    business_id            uuid        not null references business (id) on delete cascade,
    provider               varchar(20) not null,
    state_hash             varchar(64) not null unique,
    verifier_ciphertext    text,
    choices_ciphertext     text,
    created_at             timestamptz not null,
    expires_at             timestamptz not null,
    used_at                timestamptz,
    chosen_at              timestamptz
);
create index connect_flow_tenant_ix on connect_flow (tenant_id);
create index connect_flow_expires_ix on connect_flow (expires_at);
