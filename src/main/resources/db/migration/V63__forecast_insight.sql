-- The analytics hub's forecast insight (analytics.ForecastInsightRule): the next 7 days expected below the usual.
-- Impact, effort and cost are product estimates used for ranking only, like the other rows of insight_type.
insert into insight_type values
    ('forecast_drop', 7, 20, 0, true, 'A promotion planned before quiet days fills part of the expected drop');
