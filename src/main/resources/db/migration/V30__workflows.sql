-- Workflows (issue 14): user-defined definitions with frozen published versions, and every execution and step run.

create table workflow (
    id                uuid primary key,
    tenant_id         uuid         not null references tenant (id) on delete cascade,
    business_id       uuid         references business (id) on delete cascade,
    name              varchar(200) not null,
    description       text,
    draft             text         not null,
    status            varchar(10)  not null check (status in ('ACTIVE', 'PAUSED')),
    published_version integer,
    trigger_type      varchar(40),
    trigger_event     varchar(60),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           integer      not null default 0
);
create index workflow_tenant_ix on workflow (tenant_id, created_at);
-- the workflows an event starts: published, active, listening to the topic
create index workflow_event_ix on workflow (tenant_id, trigger_event) where published_version is not null;

create table workflow_version (
    id          uuid primary key,
    tenant_id   uuid        not null references tenant (id) on delete cascade,
    workflow_id uuid        not null references workflow (id) on delete cascade,
    number      integer     not null,
    definition  text        not null,
    created_at  timestamptz not null,
    unique (workflow_id, number)
);

create table workflow_execution (
    id             uuid primary key,
    tenant_id      uuid         not null references tenant (id) on delete cascade,
    workflow_id    uuid         not null references workflow (id) on delete cascade,
    version_number integer      not null,
    business_id    uuid,
    status         varchar(12)  not null check (status in ('RUNNING', 'WAITING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    trigger_type   varchar(40)  not null,
    -- what started it, e.g. "event:<outbox id>": the same event starts a workflow once
    trigger_ref    varchar(200),
    trigger        text         not null,
    output         text,
    error          text,
    failed_step    varchar(80),
    passes         integer      not null default 0,
    lease_until    timestamptz,
    started_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    finished_at    timestamptz
);
create unique index workflow_execution_trigger_ux on workflow_execution (workflow_id, trigger_ref)
    where trigger_ref is not null;
create index workflow_execution_list_ix on workflow_execution (tenant_id, started_at desc);
create index workflow_execution_running_ix on workflow_execution (tenant_id, status)
    where status in ('RUNNING', 'WAITING');

create table workflow_step_run (
    id           uuid primary key,
    tenant_id    uuid         not null references tenant (id) on delete cascade,
    execution_id uuid         not null references workflow_execution (id) on delete cascade,
    -- the step id, with a loop index suffix inside loops ("send#3")
    step_key     varchar(120) not null,
    step_id      varchar(80)  not null,
    step_type    varchar(40)  not null,
    status       varchar(12)  not null check (status in ('RUNNING', 'WAITING', 'SUCCEEDED', 'FAILED')),
    attempt      integer      not null,
    edge         varchar(20),
    input        text,
    output       text,
    error        text,
    wait_until   timestamptz,
    started_at   timestamptz  not null,
    finished_at  timestamptz,
    unique (execution_id, step_key)
);
create index workflow_step_run_execution_ix on workflow_step_run (tenant_id, execution_id, started_at);

insert into guidance values
('workflow-failed', 'A workflow stopped on a failed step', 'workflow',
 '["Open Workflows > Executions and choose the failed execution.","Read the failed step''s error: it names the step and what went wrong (a refused message, a connection that needs reconnecting, a value that was missing).","Fix the cause: reconnect the channel, correct the workflow and publish it again, or do the step''s work by hand.","Press Retry on the execution to run it again from the failed step; the steps that finished are not repeated."]',
 '["The error of the failed step is understood","The cause is fixed or the work was done by hand","The execution was retried or dismissed"]',
 '["A customer may be waiting for the message this workflow was to send"]',
 10, 'Keeps your own automations running: each failed run is a customer step that did not happen.');
