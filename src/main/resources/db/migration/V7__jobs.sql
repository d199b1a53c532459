-- Durable jobs: anything that must happen later is a row here, written in the same transaction as the change
-- that caused it. A scheduler tick claims due rows with FOR UPDATE SKIP LOCKED and a lease.
create table job (
    id              uuid primary key,
    tenant_id       uuid         not null references tenant (id) on delete cascade,
    kind            varchar(60)  not null,
    payload         text         not null,
    run_at          timestamptz  not null,
    status          varchar(12)  not null,
    attempts        integer      not null default 0,
    max_attempts    integer      not null,
    backoff_seconds integer      not null,
    lease_owner     varchar(100),
    lease_until     timestamptz,
    idempotency_key varchar(200) not null,
    correlation     varchar(200),
    last_error      text,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    finished_at     timestamptz,
    unique (tenant_id, idempotency_key)
);
create index job_due_ix on job (run_at) where status = 'PENDING';
create index job_lease_ix on job (lease_until) where status = 'RUNNING';
create index job_correlation_ix on job (tenant_id, correlation) where correlation is not null;
