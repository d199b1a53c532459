-- Insight types found from leads (see UnansweredLeadsRule and LeadEngagementRule). Impact, effort and cost are
-- product estimates used for ranking only, like the other rows of insight_type.
insert into insight_type values
    ('unanswered_leads', 9, 10, 0, true, 'A lead answered within the hour is far more likely to buy than one answered the next day'),
    ('low_lead_engagement', 6, 30, 0, false, 'A better first message or offer turns more enquiries into conversations');
