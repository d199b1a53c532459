-- Issue 13: nothing lost, nothing unexplained.
-- request_started_at: written and committed before the first byte of a live request goes out. A delivery left
-- SENDING without it provably never reached the platform and is sent again; with it, it is confirmed by reading the
-- platform back, or marked UNCERTAIN with a task for the owner.
-- send_round: 1 for the first attempt; a job that retries a transient failure later re-claims the same row (same
-- idempotency key) as round 2, 3...
alter table delivery add column request_started_at timestamptz;
alter table delivery add column send_round integer not null default 1;
create index delivery_sending_ix on delivery (updated_at) where status = 'SENDING';

insert into guidance values
('delivery-uncertain', 'Check whether a message or post arrived', 'channel-connection',
 '["Read the task: it names the channel, the recipient, the text and when it was being sent.","Open the platform (WhatsApp Business app, Facebook Page, Google Business Profile, or the receiving system) and look for it around that time.","If it is not there and still matters, send it yourself (or copy the text into a new scheduled action).","If it is there, nothing more to do: mark this task done."]',
 '["You looked on the platform around the time shown","The customer got the message (or you sent it yourself)"]',
 '["The service stopped or lost contact with the platform while this was being sent, so it cannot tell whether it arrived","It was not sent again automatically, so it can never arrive twice"]',
 5, 'A customer may be waiting for a message that never arrived: a missed reminder can become a missed appointment.'),
('delivery-not-sent', 'Send a message the platform did not accept in time', 'channel-connection',
 '["Read the task: it names the channel, the recipient, the text and why it failed.","Check the connection in Connections and press Test connection.","If the message still matters, send it yourself on the platform or by phone."]',
 '["The connection test is green again","The customer got the message (or it no longer matters)"]',
 '["The platform was down or throttling for longer than the message was useful, so it was retried and then given up"]',
 5, 'Reminders and scheduled messages that could not go out during an outage still reach the customer.');
