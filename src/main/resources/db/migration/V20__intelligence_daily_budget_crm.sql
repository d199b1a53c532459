-- Issue 6 gaps: the budget-use insight and the CRM export as a durable job.

-- Last month's spend against the monthly budget (see BudgetUseRule). Impact, effort and cost are product estimates
-- used for ranking only, like the other rows of insight_type.
insert into insight_type values
    ('budget_use', 6, 15, 0, true, 'Spending the budget as planned is what the plan''s expected results assume');

-- A CRM export runs as a job ("crm.export"): POST answers 202 at once, the job sends the batches and is retried with
-- backoff; GET shows how far it got. One row per export, one per batch (contacts first, then leads).
create table crm_export (
    id             uuid primary key,
    tenant_id      uuid        not null references tenant (id) on delete cascade,
    connection_id  uuid        not null,
    batch_size     integer     not null check (batch_size between 1 and 500),
    status         varchar(10) not null check (status in ('PENDING', 'RETRYING', 'DONE', 'FAILED')),
    contacts       integer,
    leads          integer,
    batches        integer,
    attempts       integer     not null default 0,
    max_attempts   integer     not null,
    last_error     text,
    job_id         uuid,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    finished_at    timestamptz,
    version        integer     not null default 0
);
create index crm_export_tenant_ix on crm_export (tenant_id, created_at);

-- A batch is sent under the key crm-export:<export>:<batch>:<failed tries>: a job retried after a crash reuses the
-- key (the gateway never sends it twice), and only a recorded failure moves a batch to a new key.
create table crm_export_batch (
    id           uuid primary key,
    tenant_id    uuid        not null references tenant (id) on delete cascade,
    export_id    uuid        not null references crm_export (id) on delete cascade,
    batch        integer     not null,
    kind         varchar(10) not null check (kind in ('CONTACTS', 'LEADS')),
    items        integer     not null,
    status       varchar(10) not null check (status in ('SENT', 'SIMULATED', 'FAILED')),
    failed_tries integer     not null default 0,
    delivery_id  uuid,
    last_error   text,
    updated_at   timestamptz not null,
    version      integer     not null default 0,
    unique (tenant_id, export_id, batch)
);
