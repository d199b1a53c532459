-- Billing with Razorpay: the product's own subscriptions, the webhook state they drive, GST invoices with a gap-free
-- number series per financial year, and every call made (or, in sandbox, that would have been made) to Razorpay.

-- FREE: where a tenant falls back when a paid plan lapses (same limits as the trial; nothing is deleted).
insert into plan values ('FREE', 'LOCAL', 0, 'INR', 1, 2, 2, 1, 2, 100, 1000, 30);

-- How often a plan is charged (Razorpay's period and interval).
alter table plan add column billing_period   varchar(10) not null default 'monthly';
alter table plan add column billing_interval integer     not null default 1;

-- One billing account per tenant, created on its first billing action; without it a tenant is on its trial.
create table billing_account (
    tenant_id             uuid primary key references tenant (id) on delete cascade,
    state                 varchar(20)  not null,
    plan_code             varchar(20)  references plan (code),
    subscription_id       varchar(40)  unique,
    checkout_url          varchar(500),
    mode                  varchar(10)  not null,
    current_start         timestamptz,
    current_end           timestamptz,
    grace_ends_at         timestamptz,
    cancel_at             timestamptz,
    gstin                 varchar(15),
    legal_name            varchar(200),
    place_of_supply       char(2),
    updated_at            timestamptz  not null,
    version               integer      not null default 0
);

-- The Razorpay plan created for each of our plans, per account (sandbox or the configured key id).
create table billing_razorpay_plan (
    plan_code        varchar(20)  not null references plan (code),
    key_id           varchar(60)  not null,
    razorpay_plan_id varchar(40)  not null,
    created_at       timestamptz  not null,
    primary key (plan_code, key_id)
);

-- Every request made to Razorpay for billing; in SANDBOX mode it was not sent ("would have been sent").
create table billing_call (
    id          uuid primary key,
    tenant_id   uuid         not null references tenant (id) on delete cascade,
    mode        varchar(10)  not null,
    method      varchar(10)  not null,
    url         varchar(500) not null,
    body        text,
    status      integer,
    created_at  timestamptz  not null
);
create index billing_call_tenant_ix on billing_call (tenant_id, created_at desc);

-- The last invoice number used in each financial year ("2026-27"); locked by the allocating transaction.
create table invoice_counter (
    financial_year varchar(7) primary key,
    last_number    integer    not null
);

create table invoice (
    id               uuid primary key,
    tenant_id        uuid         not null references tenant (id) on delete cascade,
    number           varchar(16)  not null unique,
    financial_year   varchar(7)   not null,
    sequence         integer      not null,
    payment_id       varchar(40)  not null,
    plan_code        varchar(20)  not null,
    description      varchar(300) not null,
    issued_at        timestamptz  not null,
    customer_name    varchar(200) not null,
    customer_gstin   varchar(15),
    supplier_gstin   varchar(15)  not null,
    supplier_state   char(2)      not null,
    place_of_supply  char(2)      not null,
    taxable_minor    bigint       not null,
    cgst_minor       bigint       not null,
    sgst_minor       bigint       not null,
    igst_minor       bigint       not null,
    total_minor      bigint       not null,
    currency         char(3)      not null,
    unique (financial_year, sequence),
    unique (tenant_id, payment_id)
);
create index invoice_tenant_ix on invoice (tenant_id, issued_at desc);

-- A plan change waits for its new subscription to be paid; the old one is replaced then.
alter table billing_account add column pending_plan_code       varchar(20) references plan (code);
alter table billing_account add column pending_subscription_id varchar(40) unique;
alter table invoice alter column supplier_gstin drop not null;

insert into guidance values
('billing-payment-failed', 'Pay for your Vertical Light plan', 'billing',
 '["Open Billing in Vertical Light and read when the grace period ends.","Check the card or UPI account your subscription is paid from: enough balance, not expired, autopay mandate not revoked in your UPI app.","Razorpay tries the charge again by itself; if it keeps failing, choose the plan again on the Billing page to pay with another card or UPI account.","Nothing is deleted if the grace period ends: the account moves to the free plan''s limits until a payment goes through."]',
 '["The payment method has balance and is valid","The next charge went through or a new checkout was paid"]',
 '["Your data is kept either way; only the plan''s limits change"]',
 5, 'Keeps your paid plan''s limits (locations, team members, automations) without a break.');
