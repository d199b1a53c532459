-- The analytics hub's churn insight (analytics.ChurnInsightRule). Impact, effort (per customer at risk) and cost are
-- product estimates used for ranking only, like the other rows of insight_type.
insert into insight_type values
    ('churn_risk', 8, 3, 0, true, 'A personal offer to customers who are drifting away brings many of them back');
