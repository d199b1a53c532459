-- The analytics hub gains two model kinds: REGRESSION (a customer's spend over the next 90 days, Tribuo linear
-- regression) and CLUSTERING (customer segments by recency, frequency and spend, Tribuo k-means).
alter table analytics_model drop constraint analytics_model_kind_check;
alter table analytics_model add constraint analytics_model_kind_check
    check (kind in ('FORECAST', 'CLASSIFICATION', 'ANOMALY', 'REGRESSION', 'CLUSTERING'));
