-- The festival calendar's two years before 2026, so a revenue or demand forecast can estimate each festival's effect
-- from past years (docs/analytics.md). Names, local names and themes are the 2026 rows'; the dates follow the
-- published Government of India holiday lists and the panchang as in V10 (lunar and Islamic dates may differ by a
-- day by region or moon sighting; correct a row in a later migration if a state publishes another date). Days with
-- a fixed date (New Year, Republic Day...) are included for completeness. Festivals whose past dates were not
-- certain enough are left out rather than guessed (baisakhi, ugadi-gudi-padwa, valentines-day and the other
-- greeting days come back only from 2026).
insert into festival (key, name, local_names, date, country, themes, notes)
select f.key, f.name, f.local_names, d.day, 'IN', f.themes, null
from festival f
join (values
    ('new-year', date '2024-01-01'), ('lohri', date '2024-01-14'), ('makar-sankranti', date '2024-01-15'),
    ('pongal', date '2024-01-15'), ('republic-day', date '2024-01-26'), ('vasant-panchami', date '2024-02-14'),
    ('maha-shivaratri', date '2024-03-08'), ('holi', date '2024-03-25'), ('eid-al-fitr', date '2024-04-11'),
    ('ram-navami', date '2024-04-17'), ('eid-al-adha', date '2024-06-17'), ('independence-day', date '2024-08-15'),
    ('raksha-bandhan', date '2024-08-19'), ('janmashtami', date '2024-08-26'), ('ganesh-chaturthi', date '2024-09-07'),
    ('onam', date '2024-09-15'), ('gandhi-jayanti', date '2024-10-02'), ('navratri', date '2024-10-03'),
    ('dussehra', date '2024-10-12'), ('karwa-chauth', date '2024-10-20'), ('dhanteras', date '2024-10-29'),
    ('diwali', date '2024-10-31'), ('bhai-dooj', date '2024-11-03'), ('chhath-puja', date '2024-11-07'),
    ('guru-nanak-jayanti', date '2024-11-15'), ('christmas', date '2024-12-25'),
    ('new-year', date '2025-01-01'), ('lohri', date '2025-01-13'), ('makar-sankranti', date '2025-01-14'),
    ('pongal', date '2025-01-14'), ('republic-day', date '2025-01-26'), ('vasant-panchami', date '2025-02-02'),
    ('maha-shivaratri', date '2025-02-26'), ('holi', date '2025-03-14'), ('eid-al-fitr', date '2025-03-31'),
    ('ram-navami', date '2025-04-06'), ('eid-al-adha', date '2025-06-07'), ('raksha-bandhan', date '2025-08-09'),
    ('independence-day', date '2025-08-15'), ('janmashtami', date '2025-08-16'), ('ganesh-chaturthi', date '2025-08-27'),
    ('onam', date '2025-09-05'), ('navratri', date '2025-09-22'), ('dussehra', date '2025-10-02'),
    ('gandhi-jayanti', date '2025-10-02'), ('karwa-chauth', date '2025-10-10'), ('dhanteras', date '2025-10-18'),
    ('diwali', date '2025-10-20'), ('bhai-dooj', date '2025-10-23'), ('chhath-puja', date '2025-10-28'),
    ('guru-nanak-jayanti', date '2025-11-05'), ('christmas', date '2025-12-25')
) as d(key, day) on d.key = f.key
where f.country = 'IN' and f.date between date '2026-01-01' and date '2026-12-31'
on conflict (country, key, date) do nothing;
