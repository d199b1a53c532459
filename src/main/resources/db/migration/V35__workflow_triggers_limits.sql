-- Workflows (issue 14, triggers and limits): webhook secrets, executions per day per plan, SKIPPED executions.

-- the secret of a workflow's public webhook (encrypted with the credentials key); created on publish, rotatable
create table workflow_webhook (
    workflow_id uuid primary key references workflow (id) on delete cascade,
    tenant_id   uuid        not null references tenant (id) on delete cascade,
    secret      text        not null,
    created_at  timestamptz not null,
    rotated_at  timestamptz
);

-- calls per workflow webhook and hour (rate limit, shared by every instance)
create table workflow_webhook_window (
    workflow_id   uuid        not null,
    window_start  timestamptz not null,
    request_count integer     not null,
    primary key (workflow_id, window_start)
);

-- executions a tenant may start per day (UTC), next to plan.max_workflows
alter table plan add column max_workflow_executions_per_day integer not null default 100;
update plan set max_workflow_executions_per_day = case code
    when 'TRIAL' then 100 when 'BASIC' then 1000 when 'PREMIUM' then 10000 when 'ENTERPRISE' then 100000 end;

-- executions started per tenant and day: one upsert per start, refused beyond the plan's number
create table workflow_daily_usage (
    tenant_id  uuid    not null references tenant (id) on delete cascade,
    day        date    not null,
    executions integer not null,
    primary key (tenant_id, day)
);

-- an event or schedule over the daily limit is recorded as SKIPPED with the reason, visible in the executions list
alter table workflow_execution drop constraint workflow_execution_status_check;
alter table workflow_execution add constraint workflow_execution_status_check
    check (status in ('RUNNING', 'WAITING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'SKIPPED'));
