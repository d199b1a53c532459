-- The analytics hub: models per tenant (optionally per business), their trained versions, predictions with
-- feedback, and anomalies found in daily series. Everything a figure shows is computed from the tenant's own rows.

create table analytics_model (
    id                     uuid primary key,
    tenant_id              uuid          not null references tenant (id) on delete cascade,
    business_id            uuid          references business (id) on delete cascade,
    name                   varchar(100)  not null,
    kind                   varchar(20)   not null check (kind in ('FORECAST', 'CLASSIFICATION', 'ANOMALY')),
    algorithm              varchar(40)   not null,
    target                 varchar(40)   not null,
    features               text          not null default '[]',
    training_window_days   integer       not null check (training_window_days between 28 and 1500),
    status                 varchar(12)   not null check (status in ('DRAFT', 'TRAINING', 'TRAINED', 'DEPLOYED', 'RETIRED', 'FAILED')),
    deployed_version       integer,
    retrain_every_days     integer       check (retrain_every_days between 1 and 365),
    drift_threshold        double precision,
    prediction_threshold   double precision,
    created_by             uuid,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    version                integer       not null default 0,
    unique (tenant_id, name)
);

-- Each training makes a version: its data range and row count, holdout metrics and the learned state.
create table analytics_model_version (
    id            uuid primary key,
    tenant_id     uuid          not null references tenant (id) on delete cascade,
    model_id      uuid          not null references analytics_model (id) on delete cascade,
    number        integer       not null,
    status        varchar(12)   not null check (status in ('QUEUED', 'RUNNING', 'TRAINED', 'FAILED', 'CANCELLED')),
    reason        varchar(12)   not null check (reason in ('MANUAL', 'SCHEDULE', 'DRIFT')),
    progress      integer       not null default 0,
    job_id        uuid,
    data_from     date,
    data_to       date,
    row_count     integer,
    metrics       text,
    state         text,
    decision      text,
    error         text,
    created_by    uuid,
    created_at    timestamptz   not null,
    started_at    timestamptz,
    finished_at   timestamptz,
    unique (tenant_id, model_id, number)
);
create index analytics_version_day_ix on analytics_model_version (tenant_id, created_at);

create table analytics_prediction (
    id               uuid primary key,
    tenant_id        uuid             not null references tenant (id) on delete cascade,
    model_id         uuid             not null references analytics_model (id) on delete cascade,
    version_number   integer          not null,
    inputs           text             not null,
    prediction       varchar(100)     not null,
    value            double precision,
    confidence       double precision,
    details          text,
    target_date      date,
    correct          boolean,
    actual           double precision,
    feedback_at      timestamptz,
    created_at       timestamptz      not null
);
create index analytics_prediction_day_ix on analytics_prediction (tenant_id, created_at);
create index analytics_prediction_model_ix on analytics_prediction (tenant_id, model_id, created_at);

create table analytics_anomaly (
    id            uuid primary key,
    tenant_id     uuid             not null references tenant (id) on delete cascade,
    business_id   uuid             not null references business (id) on delete cascade,
    metric        varchar(30)      not null,
    day           date             not null,
    actual        double precision not null,
    expected      double precision not null,
    score         double precision not null,
    severity      varchar(10)      not null check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    impact_minor  bigint,
    currency      char(3),
    status        varchar(14)      not null check (status in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'FALSE_ALARM')),
    created_at    timestamptz      not null,
    updated_at    timestamptz      not null,
    unique (tenant_id, business_id, metric, day)
);
create index analytics_anomaly_status_ix on analytics_anomaly (tenant_id, status, day desc);

-- Severity by absolute robust score (docs/analytics.md); the highest rule reached wins.
create table analytics_severity_rule (
    severity   varchar(10)      primary key,
    min_score  double precision not null
);
insert into analytics_severity_rule values ('LOW', 3.5), ('MEDIUM', 5), ('HIGH', 8), ('CRITICAL', 12);

-- Trainings a tenant may start per day (UTC), per plan; models and predictions per day are in plan.
create table analytics_plan_limit (
    plan_code           varchar(20) primary key references plan (code),
    trainings_per_day   integer     not null
);
insert into analytics_plan_limit values ('TRIAL', 5), ('BASIC', 20), ('PREMIUM', 60), ('ENTERPRISE', 500);

-- AI triggers listen to the hub's outbox topics (analytics.prediction_threshold, analytics.anomaly_detected).
update workflow set trigger_event = 'analytics.' || replace(trigger_event, '.', '_')
where trigger_type = 'ai' and trigger_event in ('prediction.threshold', 'anomaly.detected');
