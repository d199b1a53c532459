-- A public lead form per business: its key appears in the form's URL on the business's own website.
alter table business add column lead_form_key varchar(40);
update business set lead_form_key = replace(gen_random_uuid()::text, '-', '') where lead_form_key is null;
alter table business alter column lead_form_key set not null;
create unique index business_lead_form_key_uq on business (lead_form_key);

-- Submissions per form and hour, counted in the database so every instance shares the limit.
create table lead_form_window (
    form_key      varchar(40) not null,
    window_start  timestamptz not null,
    request_count integer     not null,
    primary key (form_key, window_start)
);
