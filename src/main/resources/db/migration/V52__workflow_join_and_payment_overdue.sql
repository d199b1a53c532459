-- A step run of a losing parallel branch (join "first" or "any") ends CANCELLED.
alter table workflow_step_run drop constraint workflow_step_run_status_check;
alter table workflow_step_run add constraint workflow_step_run_status_check
    check (status in ('RUNNING', 'WAITING', 'SUCCEEDED', 'FAILED', 'CANCELLED'));

-- When an unpaid payment request passed its due date (payment.overdue written once, in the same transaction).
alter table payment_request add column overdue_at timestamptz;

-- Payment requests open before this release get their overdue check too: at the end of the due date, local time.
insert into job (id, tenant_id, kind, payload, run_at, status, attempts, max_attempts, backoff_seconds,
                 idempotency_key, correlation, created_at, updated_at)
select gen_random_uuid(), p.tenant_id, 'payment.overdue', '{"paymentId":"' || p.id || '"}',
       ((p.due_date + 1)::timestamp at time zone b.time_zone), 'PENDING', 0, 3, 60,
       'payment-overdue:' || p.id, 'payment-overdue:' || p.id, now(), now()
from payment_request p join business b on b.id = p.business_id and b.tenant_id = p.tenant_id
where p.status = 'OPEN'
on conflict (tenant_id, idempotency_key) do nothing;
