-- Predictions made per tenant and UTC day, kept by the prediction path (PredictionStore) on the relaxed pool: the
-- plan's predictions-per-day limit is reserved here in one statement, instead of counting the day's prediction rows
-- on every request (up to 10,000 rows a day on the enterprise plan). A crash may forget a few counts of the day.
create table analytics_prediction_day (
    tenant_id uuid not null references tenant (id) on delete cascade,
    day date not null,
    used integer not null check (used >= 0),
    primary key (tenant_id, day)
);

insert into analytics_prediction_day (tenant_id, day, used)
select tenant_id, (created_at at time zone 'UTC')::date, count(*)
from analytics_prediction
group by tenant_id, (created_at at time zone 'UTC')::date;
