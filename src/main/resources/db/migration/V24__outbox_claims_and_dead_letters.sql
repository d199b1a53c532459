-- The outbox relay takes an event with a short claim (claimed_by, claimed_until) committed before processing, so
-- no transaction or row lock is held while consumers call platforms; a failed processing is retried at
-- next_attempt_at with backoff; an event that still fails after its attempts is DEAD: visible to operators and the
-- owner (GET /api/v1/outbox/dead-letters), replayable, and a task for the owner says what was not processed.

alter table outbox add column status        varchar(12)  not null default 'PENDING';
alter table outbox add column claimed_by    varchar(100);
alter table outbox add column claimed_until timestamptz;
alter table outbox add column next_attempt_at timestamptz;
alter table outbox add column dead_at       timestamptz;

update outbox set status = 'PUBLISHED' where published_at is not null;
-- events the old relay gave up on silently (10 failed attempts) become visible dead letters
update outbox set status = 'DEAD', dead_at = created_at where published_at is null and attempts >= 10;

drop index outbox_pending_ix;
create index outbox_pending_ix on outbox (created_at) where status = 'PENDING';
create index outbox_dead_ix on outbox (tenant_id, dead_at desc) where status = 'DEAD';

insert into guidance values
('outbox-dead-letter', 'Handle an event the automation could not process', 'operations',
 '["Read the task''s reason: it says what arrived (a website lead, a customer''s message, a delivery status) and the last error.","If it was a lead or a customer''s message, contact the customer yourself today (their details are in the reason) and add them as a lead if they are not in Leads yet.","Tell your Vertical Light administrator or support, quoting the event id in the reason, so the cause can be fixed.","Once the cause is fixed, the administrator can replay the event (POST /api/v1/outbox/dead-letters/{deadLetterId}/replay); it is processed once more, and nothing is sent twice."]',
 '["The customer was contacted or the event is known to be harmless","The cause was reported with the event id","The event was replayed or dismissed"]',
 '["Nothing is lost: the event is kept and can be replayed once the cause is fixed"]',
 10, 'A lead or customer message that the automation could not handle still gets an answer from you.');
