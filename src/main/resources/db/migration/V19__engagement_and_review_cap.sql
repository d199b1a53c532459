-- Issue 5, last part: a cap on repeat review requests, and post engagement read back from the platforms.

-- A customer who was asked for a review within this many days is not asked again (0 = ask after every sale).
alter table referral_setting
    add column review_request_cooldown_days integer not null default 90
        check (review_request_cooldown_days between 0 and 365);

-- When the review request of a sale went out (the cooldown is measured from it).
alter table sale add column review_requested_at timestamptz;
create index sale_contact_asked_ix on sale (tenant_id, business_id, contact_id, review_requested_at);

-- A Facebook lead ad whose answers could not be read (the page token expired, the lead was deleted) or stored.
insert into guidance values
('facebook-lead-unread', 'Contact a Facebook lead by hand', 'leads',
 '["Open Meta Business Suite and choose All tools, then Instant Forms (or Leads Center).","Find the lead by the time shown on this task and read their answers.","Call or WhatsApp them today: a lead answered within an hour is far more likely to book.","Reconnect Facebook in Connections (Test connection must turn green) so the next leads arrive by themselves."]',
 '["The lead was contacted","Facebook shows as connected and Test connection is green"]',
 '["Lead ads cost money: an unanswered lead is spend lost","Leads go cold within hours"]',
 10, 'A lead from your Facebook ad could not be read automatically, so nobody has answered it yet.');
