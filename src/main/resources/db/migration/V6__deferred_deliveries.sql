-- Messages held back by quiet hours keep what to send and when; a scheduler tick sends them when due.
alter table delivery add column action text;
alter table delivery add column marketing boolean not null default false;
alter table delivery add column not_before timestamptz;
create index delivery_deferred_ix on delivery (not_before) where status = 'DEFERRED';
