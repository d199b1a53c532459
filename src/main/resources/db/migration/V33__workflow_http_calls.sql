-- External API calls of workflow steps, claimed by their idempotency key before the call: a resumed execution finds
-- the claim (and the stored answer) and never calls twice.
create table workflow_http_call (
    tenant_id        uuid         not null references tenant (id) on delete cascade,
    idempotency_key  varchar(300) not null,
    execution_id     uuid         not null references workflow_execution (id) on delete cascade,
    method           varchar(10)  not null,
    url              text         not null,
    status           varchar(10)  not null check (status in ('CALLING', 'DONE', 'FAILED')),
    -- DONE: the step's output (JSON); FAILED: the reason
    result           text,
    created_at       timestamptz  not null,
    finished_at      timestamptz,
    primary key (tenant_id, idempotency_key)
);
