-- Lead nurturing: leads, their history, the tenant's classification rules and follow-up sequence, the texts of the
-- automatic replies, and the customers' inbound messages as the conversation view shows them.

-- The owner replies by hand from the conversation view; the ledger counts that as manual work.
-- PRODUCT ESTIMATE: 5 minutes to read the thread and write a reply.
insert into task_baseline values
    ('lead_manual_reply', 5, 'Read a customer''s messages and reply by hand');

create table lead (
    id              uuid primary key,
    tenant_id       uuid         not null references tenant (id) on delete cascade,
    business_id     uuid         not null references business (id) on delete cascade,
    contact_id      uuid         not null references contact (id) on delete cascade,
    source          varchar(12)  not null check (source in ('API', 'FORM', 'WHATSAPP', 'SMS', 'FACEBOOK')),
    status          varchar(12)  not null check (status in ('NEW', 'CONTACTED', 'ENGAGED', 'QUALIFIED', 'CONVERTED', 'LOST')),
    priority        varchar(6)   not null check (priority in ('HIGH', 'MEDIUM', 'LOW')),
    labels          text         not null default '[]',
    matched_rules   text         not null default '[]',
    message         text,
    value_minor     bigint       check (value_minor >= 0),
    -- the platform's id of what created the lead (form submission, WhatsApp message, leadgen id): created once
    external_ref    varchar(200),
    reply_channel   varchar(30),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         integer      not null default 0,
    unique (tenant_id, source, external_ref)
);
create index lead_business_ix on lead (tenant_id, business_id, created_at);
create index lead_contact_ix on lead (tenant_id, contact_id, status);

-- Everything that happened to a lead, with its cause; status changes carry from and to.
create table lead_event (
    id          uuid primary key,
    tenant_id   uuid         not null references tenant (id) on delete cascade,
    lead_id     uuid         not null references lead (id) on delete cascade,
    from_status varchar(12),
    to_status   varchar(12),
    cause       text         not null,
    delivery_id uuid,
    created_at  timestamptz  not null
);
create index lead_event_lead_ix on lead_event (tenant_id, lead_id, created_at);

-- A business's own rules and follow-up sequence (JSON arrays); without a row the defaults below apply.
create table lead_settings (
    id          uuid primary key,
    tenant_id   uuid         not null references tenant (id) on delete cascade,
    business_id uuid         not null references business (id) on delete cascade,
    rules       text,
    follow_ups  text,
    updated_at  timestamptz  not null,
    version     integer      not null default 0,
    unique (tenant_id, business_id)
);

-- Default classification rules: shared reference data, copied into a business's settings when it edits them.
-- keywords: JSON array, any one found in the message (case-insensitive) matches. Hours are the business's local
-- time, from inclusive to exclusive, wrapping midnight when from > to. Every given condition must hold.
create table lead_rule_default (
    position        integer      primary key,
    label           varchar(60)  not null,
    source          varchar(12),
    keywords        text,
    from_hour       integer      check (from_hour between 0 and 23),
    to_hour         integer      check (to_hour between 0 and 24),
    min_value_minor bigint,
    priority        varchar(6)   not null check (priority in ('HIGH', 'MEDIUM', 'LOW')),
    reason          text         not null
);
insert into lead_rule_default values
    (1, 'urgent', null, '["urgent","asap","today","right now","abhi","aaj","जल्दी","आज"]', null, null, null, 'HIGH',
     'The message asks for something soon'),
    (2, 'booking', null, '["book","booking","appointment","slot","reserve","बुक","अपॉइंटमेंट"]', null, null, null, 'HIGH',
     'The contact wants to book'),
    (3, 'high_value', null, null, null, null, 500000, 'HIGH',
     'Expected value of Rs 5,000 or more'),
    (4, 'price_enquiry', null, '["price","cost","rate","charges","kitna","कितना","दाम"]', null, null, null, 'MEDIUM',
     'Asks about prices'),
    (5, 'facebook_ad', 'FACEBOOK', null, null, null, null, 'MEDIUM',
     'Came from a Facebook lead ad'),
    (6, 'after_hours', null, null, 21, 8, null, 'LOW',
     'Arrived after hours; the automatic reply covers it until the morning');

-- Default follow-up sequence. channel null = the preferred channel (WhatsApp, else SMS, else email).
-- template_name: the approved WhatsApp template (its only body parameter is the business name);
-- text_key: the text for SMS and email, from lead_text in the contact's language.
create table lead_follow_up_default (
    position      integer      primary key,
    delay_hours   integer      not null check (delay_hours > 0),
    channel       varchar(30),
    template_name varchar(120) not null,
    text_key      varchar(40)  not null
);
insert into lead_follow_up_default values
    (1, 24, null, 'lead_follow_up', 'follow_up'),
    (2, 72, null, 'lead_last_follow_up', 'last_follow_up');

-- The texts of automatic lead messages per language. {business} is the business's name, {name} the contact's.
-- template_name: the approved WhatsApp template used outside the 24-hour window.
create table lead_text (
    key           varchar(40)  not null,
    language      varchar(10)  not null,
    template_name varchar(120),
    subject       varchar(200) not null,
    body          text         not null,
    primary key (key, language)
);
insert into lead_text values
    ('welcome', 'en', 'lead_welcome', 'Thank you for contacting {business}',
     'Hello {name}, thank you for contacting {business}! We have your enquiry and will get back to you shortly.'),
    ('welcome', 'hi', 'lead_welcome', '{business} से संपर्क करने के लिए धन्यवाद',
     'नमस्ते {name}, {business} से संपर्क करने के लिए धन्यवाद! हमें आपका संदेश मिल गया है, हम जल्द ही आपसे बात करेंगे।'),
    ('follow_up', 'en', 'lead_follow_up', 'Can {business} help you?',
     'Hello {name}, this is {business}. Can we help you with your enquiry? Just reply to this message.'),
    ('follow_up', 'hi', 'lead_follow_up', 'क्या {business} आपकी मदद कर सकता है?',
     'नमस्ते {name}, हम {business} से हैं। क्या हम आपकी पूछताछ में मदद कर सकते हैं? बस इस संदेश का जवाब दें।'),
    ('last_follow_up', 'en', 'lead_last_follow_up', '{business} is here when you are ready',
     'Hello {name}, {business} here once more. Whenever you are ready, reply and we will take care of you.'),
    ('last_follow_up', 'hi', 'lead_last_follow_up', '{business} आपके लिए हमेशा तैयार है',
     'नमस्ते {name}, {business} की ओर से फिर से नमस्ते। जब भी आप तैयार हों, जवाब दें, हम आपकी मदद करेंगे।');

-- Messages customers sent (WhatsApp, SMS), stored once per platform message id, for the conversation view.
create table inbound_message (
    id          uuid primary key,
    tenant_id   uuid         not null references tenant (id) on delete cascade,
    contact_id  uuid         not null references contact (id) on delete cascade,
    business_id uuid,
    channel     varchar(30)  not null,
    message_id  varchar(200) not null,
    body        text,
    received_at timestamptz  not null,
    unique (tenant_id, channel, message_id)
);
create index inbound_message_contact_ix on inbound_message (tenant_id, contact_id, received_at);
