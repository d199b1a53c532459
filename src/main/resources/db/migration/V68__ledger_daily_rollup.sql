-- Daily rollups of the automation ledger: one row per business, local day (in the business's time zone) and kind of
-- ledger row (the grouping the metrics are computed from). Metrics and Home read these instead of the raw rows.
-- Kept by statement-level triggers in the transaction that writes the ledger: one aggregated upsert per statement
-- (one row for an ordinary insert, one per day and kind for a bulk load), so no writer can forget it and a
-- rolled-back write leaves no count behind.
create table ledger_day (
    tenant_id              uuid         not null references tenant (id) on delete cascade,
    business_id            uuid         not null references business (id) on delete cascade,
    day                    date         not null,
    task_type              varchar(120) not null,
    automated              boolean      not null,
    sandbox                boolean      not null,
    outcome                varchar(10)  not null,
    minutes_saved_baseline integer      not null,
    tasks                  bigint       not null,
    revenue_minor          bigint       not null,
    primary key (tenant_id, business_id, day, task_type, automated, sandbox, outcome, minutes_saved_baseline)
);

-- Each statement that changes the ledger adds its rows (sign 1) and takes away the rows it removed (sign -1), grouped
-- by day and kind, so a statement is one upsert whatever its size. Keys are upserted in primary-key order so two
-- concurrent bulk writes lock them in the same order. A row whose count falls to 0 stays and is not read.
create function ledger_day_inserted() returns trigger language plpgsql as $$
begin
    insert into ledger_day as d (tenant_id, business_id, day, task_type, automated, sandbox, outcome,
                                 minutes_saved_baseline, tasks, revenue_minor)
    select l.tenant_id, l.business_id, (l.ended_at at time zone b.time_zone)::date, l.task_type, l.automated,
           l.sandbox, l.outcome, l.minutes_saved_baseline, sum(l.sign),
           sum(l.sign * coalesce(l.revenue_attributed_minor, 0))
    from (select *, 1 as sign from new_rows) l
    join business b on b.id = l.business_id
    group by 1, 2, 3, 4, 5, 6, 7, 8
    order by 1, 2, 3, 4, 5, 6, 7, 8
    on conflict (tenant_id, business_id, day, task_type, automated, sandbox, outcome, minutes_saved_baseline)
    do update set tasks = d.tasks + excluded.tasks, revenue_minor = d.revenue_minor + excluded.revenue_minor;
    return null;
end $$;

create function ledger_day_deleted() returns trigger language plpgsql as $$
begin
    insert into ledger_day as d (tenant_id, business_id, day, task_type, automated, sandbox, outcome,
                                 minutes_saved_baseline, tasks, revenue_minor)
    select l.tenant_id, l.business_id, (l.ended_at at time zone b.time_zone)::date, l.task_type, l.automated,
           l.sandbox, l.outcome, l.minutes_saved_baseline, sum(l.sign),
           sum(l.sign * coalesce(l.revenue_attributed_minor, 0))
    from (select *, -1 as sign from old_rows) l
    join business b on b.id = l.business_id
    group by 1, 2, 3, 4, 5, 6, 7, 8
    order by 1, 2, 3, 4, 5, 6, 7, 8
    on conflict (tenant_id, business_id, day, task_type, automated, sandbox, outcome, minutes_saved_baseline)
    do update set tasks = d.tasks + excluded.tasks, revenue_minor = d.revenue_minor + excluded.revenue_minor;
    return null;
end $$;

create function ledger_day_updated() returns trigger language plpgsql as $$
begin
    insert into ledger_day as d (tenant_id, business_id, day, task_type, automated, sandbox, outcome,
                                 minutes_saved_baseline, tasks, revenue_minor)
    select l.tenant_id, l.business_id, (l.ended_at at time zone b.time_zone)::date, l.task_type, l.automated,
           l.sandbox, l.outcome, l.minutes_saved_baseline, sum(l.sign),
           sum(l.sign * coalesce(l.revenue_attributed_minor, 0))
    from (select *, 1 as sign from new_rows union all select *, -1 as sign from old_rows) l
    join business b on b.id = l.business_id
    group by 1, 2, 3, 4, 5, 6, 7, 8
    order by 1, 2, 3, 4, 5, 6, 7, 8
    on conflict (tenant_id, business_id, day, task_type, automated, sandbox, outcome, minutes_saved_baseline)
    do update set tasks = d.tasks + excluded.tasks, revenue_minor = d.revenue_minor + excluded.revenue_minor;
    return null;
end $$;

create trigger ledger_day_on_insert after insert on automation_ledger
    referencing new table as new_rows for each statement execute function ledger_day_inserted();
create trigger ledger_day_on_delete after delete on automation_ledger
    referencing old table as old_rows for each statement execute function ledger_day_deleted();
create trigger ledger_day_on_update after update on automation_ledger
    referencing old table as old_rows new table as new_rows for each statement execute function ledger_day_updated();

-- A business that moves to another time zone gets its days recounted from its ledger.
create function ledger_day_rezoned() returns trigger language plpgsql as $$
begin
    delete from ledger_day where tenant_id = new.tenant_id and business_id = new.id;
    insert into ledger_day (tenant_id, business_id, day, task_type, automated, sandbox, outcome,
                            minutes_saved_baseline, tasks, revenue_minor)
    select l.tenant_id, l.business_id, (l.ended_at at time zone new.time_zone)::date, l.task_type, l.automated,
           l.sandbox, l.outcome, l.minutes_saved_baseline, count(*), coalesce(sum(l.revenue_attributed_minor), 0)
    from automation_ledger l
    where l.tenant_id = new.tenant_id and l.business_id = new.id
    group by 1, 2, 3, 4, 5, 6, 7, 8;
    return null;
end $$;

create trigger ledger_day_on_time_zone after update of time_zone on business
    for each row when (old.time_zone is distinct from new.time_zone) execute function ledger_day_rezoned();

-- Existing rows.
insert into ledger_day (tenant_id, business_id, day, task_type, automated, sandbox, outcome, minutes_saved_baseline,
                        tasks, revenue_minor)
select l.tenant_id, l.business_id, (l.ended_at at time zone b.time_zone)::date, l.task_type, l.automated, l.sandbox,
       l.outcome, l.minutes_saved_baseline, count(*), coalesce(sum(l.revenue_attributed_minor), 0)
from automation_ledger l join business b on b.id = l.business_id
group by 1, 2, 3, 4, 5, 6, 7, 8;
