-- A deferred delivery remembers which ledger task it is, so it is recorded when it is finally sent.
alter table delivery add column task_type varchar(60);
