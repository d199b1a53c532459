-- Execution: the automation ledger (one row per task done, by the automation or by a person), the baselines it is
-- measured against, the guidance library and the manual task queue. (V7 is reserved for the job table.)

-- Minutes a person would spend doing each task by hand. These are PRODUCT ESTIMATES (not measurements): the time a
-- small-business owner typically needs to write and publish the post, reply, reminder or follow-up themselves.
-- A tenant can override any of them in tenant_task_baseline; the ledger copies the value in force when a task is recorded.
create table task_baseline (
    task_type   varchar(60) primary key,
    minutes     integer     not null check (minutes >= 0),
    description text        not null
);

insert into task_baseline values
    ('social_post',          20, 'Write, design and publish one Facebook or Instagram post'),
    ('google_post',          15, 'Write and publish one Google Business Profile update'),
    ('review_reply',         10, 'Read a review and write a considered public reply'),
    ('appointment_reminder',  5, 'Look up tomorrow''s appointment and message the customer'),
    ('lead_follow_up',       10, 'Check on a lead that has gone quiet and write a follow-up'),
    ('lead_reply',            5, 'First reply to a new enquiry'),
    ('referral_request',      5, 'Ask a happy customer to refer a friend, with their code'),
    ('content_plan',         30, 'Plan a week of posts: themes, festivals, offers');

create table tenant_task_baseline (
    id        uuid primary key,
    tenant_id uuid        not null references tenant (id) on delete cascade,
    task_type varchar(60) not null references task_baseline (task_type),
    minutes   integer     not null check (minutes >= 0),
    unique (tenant_id, task_type)
);

-- What an hour of the owner's time is worth, per currency, when the tenant has not set its own rate.
-- PRODUCT ESTIMATE: Rs 500 an hour (50000 paise) for an Indian small-business owner.
create table hourly_rate_default (
    currency           char(3) primary key,
    hourly_rate_minor  bigint  not null check (hourly_rate_minor >= 0)
);
insert into hourly_rate_default values ('INR', 50000);

create table tenant_hourly_rate (
    id                uuid primary key,
    tenant_id         uuid    not null unique references tenant (id) on delete cascade,
    hourly_rate_minor bigint  not null check (hourly_rate_minor >= 0),
    currency          char(3) not null
);

create table automation_ledger (
    id                       uuid primary key,
    tenant_id                uuid         not null references tenant (id) on delete cascade,
    business_id              uuid         not null references business (id) on delete cascade,
    task_type                varchar(120) not null,
    automated                boolean      not null,
    sandbox                  boolean      not null,
    outcome                  varchar(10)  not null check (outcome in ('DONE', 'FAILED')),
    minutes_saved_baseline   integer      not null check (minutes_saved_baseline >= 0),
    minutes_spent            integer      check (minutes_spent >= 0),
    revenue_attributed_minor bigint       check (revenue_attributed_minor >= 0),
    started_at               timestamptz  not null,
    ended_at                 timestamptz  not null,
    error                    text,
    reference                varchar(200),
    created_at               timestamptz  not null
);
create index automation_ledger_business_ix on automation_ledger (tenant_id, business_id, ended_at);

-- Step-by-step help for the work that needs a person; shared reference data, not tenant data.
-- steps, checklist and talking_points are JSON arrays of strings.
create table guidance (
    key               varchar(80)  primary key,
    title             varchar(200) not null,
    category          varchar(40)  not null,
    steps             text         not null,
    checklist         text         not null,
    talking_points    text         not null,
    estimated_minutes integer      not null check (estimated_minutes > 0),
    potential_impact  text         not null
);

insert into guidance values
('reconnect-whatsapp', 'Reconnect WhatsApp Business', 'channel-connection',
 '["Open business.facebook.com on a laptop and sign in with the Facebook account that owns your WhatsApp Business Account.","Go to Business Settings > Users > System users, pick the user connected to Vertical Light and click Generate new token for your app.","Tick the permissions whatsapp_business_messaging and whatsapp_business_management, choose Never for expiry, and copy the token.","In Vertical Light open Connections, choose the WhatsApp connection and paste the new access token; keep the same phone number ID.","Press Test connection and check it turns green.","Send a test message to your own phone to be sure customers will receive replies."]',
 '["You can sign in to Meta Business Suite as an admin","The phone number shows Connected in WhatsApp Manager","The new token has both WhatsApp permissions","Test connection is green in Vertical Light"]',
 '["Customers waiting on WhatsApp get no reply while the connection is down, so do this first today","A permanent system-user token stops this from happening every 60 days"]',
 15, 'Restores instant replies, reminders and follow-ups on the channel most Indian customers use; every hour offline risks unanswered enquiries.'),
('reconnect-facebook-page', 'Reconnect your Facebook Page', 'channel-connection',
 '["Sign in to facebook.com with an account that is an admin of the Page (check in Page settings > Page access).","In Vertical Light open Connections and choose Reconnect on the Facebook Page connection.","Approve all permissions Facebook asks for, especially pages_manage_posts and pages_read_engagement; do not untick any.","Pick the right Page if you manage more than one.","Press Test connection, then check that the next scheduled post shows as queued."]',
 '["Your Facebook account still has full control of the Page","You changed your Facebook password recently? That is the usual cause: reconnect after every password change","All requested permissions were approved","Test connection is green"]',
 '["Scheduled posts are held, not lost; they go out once the Page is reconnected"]',
 10, 'Keeps your posting schedule running so the Page stays active and visible to local customers.'),
('reconnect-instagram', 'Reconnect Instagram', 'channel-connection',
 '["Make sure the Instagram account is a Business or Creator account (Instagram app > Settings > Account type).","Check it is linked to your Facebook Page: Facebook Page settings > Linked accounts > Instagram.","In Vertical Light open Connections and choose Reconnect on the Instagram connection.","Approve instagram_basic and instagram_content_publish when Facebook asks.","Press Test connection and check the account name shown is yours."]',
 '["Instagram account is Business or Creator","It is linked to the same Facebook Page","Permissions approved","Test connection is green"]',
 '["Instagram posts need an image; drafts waiting for one are shown in the approval queue"]',
 10, 'Restores automatic Instagram posts, the main discovery channel for salons, cafes and boutiques.'),
('reconnect-google-business-profile', 'Reconnect Google Business Profile', 'channel-connection',
 '["Sign in at business.google.com with the Google account that is Owner or Manager of the profile.","Check the profile is verified and not suspended (a red banner would say so).","In Vertical Light open Connections and choose Reconnect on the Google Business Profile connection.","Choose the same Google account and allow access to manage your business profile.","Pick the correct location if you have several, then press Test connection."]',
 '["You are Owner or Manager of the profile","The profile is verified","The right location is selected","Test connection is green"]',
 '["Google posts and review replies help you appear in Near me searches on Maps"]',
 10, 'Restores Google posts and review replies that drive Maps and Near me visibility for walk-in customers.'),
('reconnect-sms-twilio', 'Reconnect SMS (Twilio)', 'channel-connection',
 '["Sign in at console.twilio.com.","Check the account is active and has balance (Billing); suspended or empty accounts stop SMS.","Copy the Account SID and Auth Token from the dashboard; if you rotated the token, use the new primary one.","In Vertical Light open Connections, edit the SMS connection and paste both values.","Confirm the sender number or sender ID is still on the account and DLT-registered for India.","Press Test connection and send a test SMS to your own phone."]',
 '["Twilio balance is above zero","Auth Token is the current primary token","Sender number or ID is DLT-registered","Test SMS received"]',
 '["In India, SMS to customers needs DLT registration of the sender and template; unregistered messages are blocked by operators"]',
 15, 'Restores SMS reminders and replies for customers who do not use WhatsApp.'),
('reconnect-email-sendgrid', 'Reconnect email (SendGrid)', 'channel-connection',
 '["Sign in at app.sendgrid.com.","Go to Settings > API Keys and create a new key with Mail Send permission (the old one was revoked or expired).","Copy the key now; SendGrid shows it only once.","In Vertical Light open Connections, edit the email connection and paste the new key.","Check the sender address is still verified under Settings > Sender Authentication.","Press Test connection and send a test email to yourself."]',
 '["New API key has Mail Send permission","Sender address or domain is verified","Test email arrived (check spam too)"]',
 '["Delete the old key in SendGrid once the new one works"]',
 10, 'Restores email confirmations, reminders and newsletters.'),
('reconnect-slack', 'Reconnect Slack notifications', 'channel-connection',
 '["In Slack, open your workspace''s app settings (api.slack.com/apps) and choose the Vertical Light app.","Under Incoming Webhooks, add a new webhook to the channel where your team wants alerts.","Copy the webhook URL.","In Vertical Light open Connections, edit the Slack connection and paste the URL.","Press Test connection and check the message appears in the channel."]',
 '["The Slack channel still exists and the app is still installed","New webhook URL pasted","Test message visible in Slack"]',
 '["Until reconnected, team alerts about new leads and bad reviews are not reaching Slack"]',
 5, 'Your team hears about new leads and urgent reviews again without opening the dashboard.'),
('reconnect-webhook', 'Fix your webhook endpoint', 'channel-connection',
 '["Ask whoever built your webhook receiver (your developer or agency) to check it is online.","Confirm the URL in Vertical Light Connections is exactly right, including https.","If the receiver checks signatures, make sure it uses the current signing secret shown in the connection.","Check the receiver answers with a 2xx status within a few seconds.","Press Test connection and confirm the receiver logged the test event."]',
 '["Endpoint reachable over https","Signing secret matches","Receiver answers 2xx quickly","Test event received"]',
 '["Events are not re-sent automatically after a long outage; ask your developer whether any need replaying"]',
 20, 'Keeps your own systems (billing, POS, CRM) in step with leads and bookings.'),
('answer-negative-review', 'Answer a negative review', 'reputation',
 '["Read the review twice and check your records (bill, booking, staff on duty) to understand what happened.","Wait until you are calm; reply within 24 hours if you can.","Reply publicly: thank them by name, apologise for their experience without arguing, and mention one concrete thing you are fixing.","Offer to make it right offline: give a phone or WhatsApp number and the name of a person to ask for.","Never share the customer''s personal details, bill amounts or blame staff by name in public.","Call or message the customer privately if you have their number, and note the outcome.","If the issue is resolved, politely ask whether they would consider updating their review."]',
 '["Facts checked against your records","Reply is polite, short and specific","A direct contact is offered","No private details in the public reply","Private follow-up done and noted"]',
 '["We are sorry your visit was not what you expected, and thank you for telling us.","We have spoken to our team about the wait times and added one more person on weekends.","Please call us on this number and ask for the manager; we would like to make it right."]',
 20, 'A calm, specific reply reassures the many future customers who read it and can win back the unhappy one; businesses that reply to reviews are trusted more on Google.'),
('supplier-negotiation', 'Negotiate better terms with a supplier', 'operations',
 '["List what you bought from this supplier in the last 3 to 6 months: items, quantities, prices, delays.","Get two quotes from other suppliers for the same items, so you know the market price.","Decide your goal: a lower price, longer credit period, free delivery, or a volume discount.","Meet or call the supplier at a quiet time; start with the relationship and your growing volume.","Ask for a specific change, for example 5 percent off if you commit to monthly orders, or 30 days credit instead of 15.","Agree the new terms in writing (WhatsApp or email is enough) with the start date.","Put a reminder to review the terms again in six months."]',
 '["Purchase history ready","Two comparison quotes","Clear goal and walk-away point","Terms confirmed in writing","Review date noted"]',
 '["We have been ordering regularly for a year and expect to grow; we would like to continue with you.","Another supplier has quoted lower for the same quality; can you match it or offer better credit terms?","If we commit to a fixed monthly order, what discount can you give?"]',
 60, 'Even a few percent off regular purchases or longer credit improves monthly cash flow directly.'),
('local-community-event', 'Take part in a local community event', 'community',
 '["Look for events in your area in the next 4 to 8 weeks: festival melas, RWA or housing society fairs, school events, temple or community hall programmes.","Choose one whose audience matches your customers.","Contact the organisers: ask about stall fees, sponsorship options and the expected footfall.","Plan a simple offer for the day, such as a free sample, a quick demo or a discount coupon with your referral code.","Prepare a banner, visiting cards and a QR code that opens your WhatsApp or Google profile.","On the day, collect names and phone numbers only with consent, for example through a lucky draw form.","Within two days, message the people who agreed and thank them with your offer."]',
 '["Event chosen and date confirmed","Budget agreed","Offer and coupon ready","Banner, cards and QR code printed","Consent-based lead form ready","Follow-up messages sent"]',
 '["We are a local business just around the corner, happy to be part of this event.","Scan this code to save our WhatsApp and get your coupon.","Would you like us to send you our festival offers? You can stop them any time."]',
 180, 'Builds local trust and brings a batch of nearby leads with consent to follow up.'),
('complex-complaint', 'Handle a complex customer complaint', 'customer-service',
 '["Call the customer back the same day; a call calms things better than text.","Listen fully without interrupting, then repeat the problem back to them in your own words.","Apologise for the trouble even before you know who is at fault.","Collect the facts: bill or booking number, dates, photos, who they spoke to.","Tell them exactly what you will do next and by when; do not promise what you cannot deliver.","Decide the remedy: redo the service, replace the item, refund or a credit for the next visit.","Confirm the agreed solution in a WhatsApp message or email.","Follow up after the fix to check they are satisfied, and note what to change so it does not happen again."]',
 '["Customer called back the same day","Facts and bill or booking number recorded","Remedy agreed and confirmed in writing","Follow-up done","Process change noted for the team"]',
 '["I understand how frustrating this must be, and I am sorry it happened.","Let me make sure I have understood correctly.","Here is what I will do, and I will update you by tomorrow evening."]',
 45, 'A complaint solved well often turns an unhappy customer into a loyal one and prevents a public negative review.');

create table manual_task (
    id                uuid primary key,
    tenant_id         uuid         not null references tenant (id) on delete cascade,
    business_id       uuid         not null references business (id) on delete cascade,
    title             varchar(200) not null,
    reason            text         not null,
    guidance_key      varchar(80)  not null references guidance (key),
    priority          varchar(10)  not null check (priority in ('HIGH', 'MEDIUM', 'LOW')),
    estimated_minutes integer      not null check (estimated_minutes > 0),
    potential_impact  text         not null,
    status            varchar(12)  not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'DISMISSED')),
    trigger           text,
    reference         varchar(200),
    created_at        timestamptz  not null,
    started_at        timestamptz,
    completed_at      timestamptz,
    minutes_spent     integer      check (minutes_spent >= 0),
    dismissed_reason  text,
    version           integer      not null default 0
);
create index manual_task_business_ix on manual_task (tenant_id, business_id, status);
