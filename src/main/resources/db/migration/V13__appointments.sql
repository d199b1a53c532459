-- Appointments with reminders, and payment reminders. Reminders are durable jobs (table job) written in the same
-- transaction as the appointment or payment request; the schedules are data per business (reminder_setting).

-- Task types for the automation ledger, with the minutes a person would spend on each by hand.
insert into task_baseline values
    ('payment_reminder',   5, 'Check who still owes, look up the amount and payment link and message the customer'),
    ('appointment_reply',  2, 'Read a customer''s confirm or cancel reply and update the appointment book');

-- Step-by-step help when a reminder is due but the business has no WhatsApp or SMS connection.
insert into guidance values
('connect-reminder-channel', 'Connect WhatsApp or SMS so reminders can go out', 'channel-connection',
 '["Open Connections in Vertical Light and choose Add connection.","Pick WhatsApp (best in India) or SMS (Twilio) and paste the phone number ID or account details and the access token.","Press Test connection and check it turns green.","Until then, message today''s customers yourself: name, service, time and (for payments) the amount and payment link."]',
 '["A WhatsApp or SMS connection exists for this business","Test connection is green","The appointment_reminder and payment_reminder WhatsApp templates are approved in WhatsApp Manager"]',
 '["Reminders cut no-shows; customers expect them on WhatsApp","Payment reminders with a link get paid sooner"]',
 10, 'Reminders reduce no-shows and late payments; without a channel they cannot be sent automatically.');

-- How each business's reminders are timed; a business without a row gets the column defaults.
create table reminder_setting (
    id                          uuid primary key,
    tenant_id                   uuid        not null references tenant (id) on delete cascade,
    business_id                 uuid        not null references business (id) on delete cascade,
    -- JSON array of minutes before the appointment start, e.g. [1440, 120] = 24 h and 2 h before
    appointment_offsets_minutes text        not null default '[1440,120]',
    payment_days_before         integer     not null default 3 check (payment_days_before between 0 and 60),
    payment_every_days          integer     not null default 3 check (payment_every_days between 1 and 60),
    payment_max_reminders       integer     not null default 5 check (payment_max_reminders between 1 and 30),
    payment_send_time           time        not null default '10:00',
    updated_at                  timestamptz not null,
    version                     integer     not null default 0,
    unique (tenant_id, business_id)
);

create table appointment (
    id               uuid primary key,
    tenant_id        uuid         not null references tenant (id) on delete cascade,
    business_id      uuid         not null references business (id) on delete cascade,
    contact_id       uuid         not null references contact (id) on delete cascade,
    service_name     varchar(200) not null,
    starts_at        timestamptz  not null,
    duration_minutes integer      not null check (duration_minutes between 1 and 1440),
    staff_name       varchar(120),
    status           varchar(12)  not null check (status in ('BOOKED', 'CONFIRMED', 'CANCELLED', 'COMPLETED', 'NO_SHOW')),
    -- grows on every reschedule; part of the reminder jobs' idempotency keys so moved reminders are new sends
    revision         integer      not null default 0,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          integer      not null default 0
);
create index appointment_business_start_ix on appointment (tenant_id, business_id, starts_at);
create index appointment_contact_start_ix on appointment (tenant_id, contact_id, starts_at);

-- Every change of an appointment and what caused it (the API, or a customer's reply with its message id).
create table appointment_change (
    id             uuid primary key,
    tenant_id      uuid         not null references tenant (id) on delete cascade,
    appointment_id uuid         not null references appointment (id) on delete cascade,
    from_status    varchar(12),
    to_status      varchar(12)  not null,
    from_starts_at timestamptz,
    to_starts_at   timestamptz  not null,
    cause          varchar(12)  not null check (cause in ('API', 'REPLY')),
    detail         text,
    message_id     varchar(200),
    created_at     timestamptz  not null
);
create index appointment_change_ix on appointment_change (tenant_id, appointment_id, created_at);
-- a customer's reply changes at most one appointment, however often the webhook is delivered
create unique index appointment_change_message_ux on appointment_change (tenant_id, message_id) where message_id is not null;

create table payment_request (
    id                 uuid primary key,
    tenant_id          uuid         not null references tenant (id) on delete cascade,
    business_id        uuid         not null references business (id) on delete cascade,
    contact_id         uuid         not null references contact (id) on delete cascade,
    amount_minor       bigint       not null check (amount_minor > 0),
    currency           char(3)      not null,
    due_date           date         not null,
    payment_link       varchar(2000) not null,
    description        varchar(300) not null,
    status             varchar(10)  not null check (status in ('OPEN', 'PAID', 'STOPPED')),
    reminders_planned  integer      not null default 0,
    created_at         timestamptz  not null,
    closed_at          timestamptz,
    version            integer      not null default 0
);
create index payment_request_business_ix on payment_request (tenant_id, business_id, due_date);
