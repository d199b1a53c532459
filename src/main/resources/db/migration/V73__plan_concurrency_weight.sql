-- A plan's weight in the fair share of concurrent work (platform calls, workflow passes) when tenants contend for an
-- instance's slots: under contention a tenant's share is proportional to it (issue 20). Idle slots are used by
-- whoever has work, whatever the weight.
alter table plan add column concurrency_weight integer not null default 1 check (concurrency_weight between 1 and 100);
update plan set concurrency_weight = case code
    when 'TRIAL' then 1 when 'FREE' then 1 when 'BASIC' then 2 when 'PREMIUM' then 4 when 'ENTERPRISE' then 8 else 1 end;
