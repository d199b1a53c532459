-- Content: the festival calendar and the built-in template generator's texts and theme labels.
-- All three tables are shared reference data, not tenant data (like guidance in V8): an operator may edit the
-- rows (fix a date, add a country, reword or add a template) without a code change.

-- Festivals and national days, one row per occurrence. themes is a JSON array of theme codes; local_names a JSON
-- object of language -> name (e.g. {"hi":"दिवाली"}).
--
-- Dates: lunar-calendar festivals follow the published Government of India holiday lists and the panchang
-- (tithi at sunrise, noon, afternoon, dusk or midnight as each festival's rule requires, for New Delhi); they can
-- differ by a day by region or tradition (e.g. Pongal in Tamil Nadu vs Makar Sankranti elsewhere, Smarta vs
-- Vaishnava Janmashtami). Islamic festivals depend on the sighting of the moon in India and may move by a day.
-- This is data: correct a row here (or in a later migration) when a state publishes a different date.
--
-- Country: every row is 'IN' (the first market), including the days celebrated worldwide (New Year, Valentine's
-- Day, Mother's Day...), because such days are not on the same date everywhere (Mother's Day is in March in the
-- UK). A business in another country gets no festival posts until rows for its country are added.
create table festival (
    id          bigint       generated always as identity primary key,
    key         varchar(60)  not null,
    name        varchar(120) not null,
    local_names text         not null default '{}',
    date        date         not null,
    country     char(2)      not null,
    themes      text         not null default '[]',
    notes       text,
    unique (country, key, date)
);
create index festival_country_date_ix on festival (country, date);

insert into festival (key, name, local_names, date, country, themes, notes) values
-- 2026
('new-year',           'New Year''s Day',      '{"hi":"नया साल"}',              '2026-01-01', 'IN', '["new_beginnings","resolutions","celebration"]', null),
('lohri',              'Lohri',                '{"hi":"लोहड़ी"}',                '2026-01-13', 'IN', '["bonfire","harvest","family"]', 'Punjab and north India; the eve of Maghi / Makar Sankranti.'),
('makar-sankranti',    'Makar Sankranti',      '{"hi":"मकर संक्रांति"}',          '2026-01-14', 'IN', '["harvest","kites","til_gud_sweets"]', 'Sun enters Capricorn on 14 January 2026 in the afternoon.'),
('pongal',             'Pongal',               '{"hi":"पोंगल"}',                '2026-01-15', 'IN', '["harvest","sweet_pongal","family"]', 'Thai Pongal (Tamil Nadu); Bhogi is the day before.'),
('vasant-panchami',    'Vasant Panchami',      '{"hi":"वसंत पंचमी"}',           '2026-01-23', 'IN', '["spring","yellow","learning"]', 'Saraswati Puja in the east.'),
('republic-day',       'Republic Day',         '{"hi":"गणतंत्र दिवस"}',          '2026-01-26', 'IN', '["national_pride","tricolour"]', 'National holiday.'),
('valentines-day',     'Valentine''s Day',     '{"hi":"वैलेंटाइन डे"}',          '2026-02-14', 'IN', '["love","gifting","couples"]', 'Celebrated in cities; worldwide date.'),
('maha-shivaratri',    'Maha Shivaratri',      '{"hi":"महाशिवरात्रि"}',           '2026-02-15', 'IN', '["devotion","fasting"]', null),
('holi',               'Holi',                 '{"hi":"होली"}',                 '2026-03-04', 'IN', '["colours","sweets","family"]', 'Holika Dahan is the evening before.'),
('womens-day',         'International Women''s Day', '{"hi":"महिला दिवस"}',       '2026-03-08', 'IN', '["women","appreciation"]', 'Worldwide date.'),
('ugadi-gudi-padwa',   'Ugadi / Gudi Padwa',   '{"hi":"उगादी / गुड़ी पड़वा"}',      '2026-03-19', 'IN', '["new_year","new_beginnings"]', 'Hindu new year in Karnataka, Andhra Pradesh, Telangana (Ugadi) and Maharashtra (Gudi Padwa).'),
('eid-al-fitr',        'Eid al-Fitr',          '{"hi":"ईद-उल-फ़ित्र"}',           '2026-03-21', 'IN', '["feast","sweets","family"]', 'Depends on the sighting of the moon; may be a day earlier or later.'),
('ram-navami',         'Ram Navami',           '{"hi":"राम नवमी"}',              '2026-03-26', 'IN', '["devotion"]', null),
('baisakhi',           'Baisakhi',             '{"hi":"बैसाखी"}',               '2026-04-14', 'IN', '["harvest","new_year","celebration"]', 'Also the solar new year in several states (Vishu, Puthandu, Pohela Boishakh on 14-15 April).'),
('mothers-day',        'Mother''s Day',        '{"hi":"मदर्स डे"}',              '2026-05-10', 'IN', '["mothers","gifting","family"]', 'Second Sunday of May, as in India and the US.'),
('eid-al-adha',        'Eid al-Adha',          '{"hi":"ईद-उल-अज़हा"}',            '2026-05-27', 'IN', '["feast","family","sharing"]', 'Bakrid. Depends on the sighting of the moon; may be a day earlier or later.'),
('fathers-day',        'Father''s Day',        '{"hi":"फ़ादर्स डे"}',              '2026-06-21', 'IN', '["fathers","gifting","family"]', 'Third Sunday of June.'),
('independence-day',   'Independence Day',     '{"hi":"स्वतंत्रता दिवस"}',         '2026-08-15', 'IN', '["national_pride","tricolour"]', 'National holiday.'),
('onam',               'Onam',                 '{"hi":"ओणम"}',                  '2026-08-26', 'IN', '["harvest","sadya_feast","pookalam"]', 'Thiruvonam day (Kerala).'),
('raksha-bandhan',     'Raksha Bandhan',       '{"hi":"रक्षाबंधन"}',              '2026-08-28', 'IN', '["siblings","gifting","sweets"]', null),
('janmashtami',        'Janmashtami',          '{"hi":"जन्माष्टमी"}',             '2026-09-04', 'IN', '["devotion","dahi_handi"]', null),
('ganesh-chaturthi',   'Ganesh Chaturthi',     '{"hi":"गणेश चतुर्थी"}',           '2026-09-14', 'IN', '["new_beginnings","modak_sweets","devotion"]', 'Ten days of celebration, especially in Maharashtra.'),
('gandhi-jayanti',     'Gandhi Jayanti',       '{"hi":"गांधी जयंती"}',             '2026-10-02', 'IN', '["national_pride","community"]', 'National holiday.'),
('navratri',           'Navratri',             '{"hi":"नवरात्रि"}',               '2026-10-11', 'IN', '["garba_dandiya","devotion","festive_wear"]', 'First day (Ghatasthapana) of Sharad Navratri; nine nights. Durga Puja in Bengal falls in its last days.'),
('dussehra',           'Dussehra',             '{"hi":"दशहरा"}',                '2026-10-20', 'IN', '["victory_of_good","celebration"]', 'Vijayadashami.'),
('karwa-chauth',       'Karwa Chauth',         '{"hi":"करवा चौथ"}',              '2026-10-29', 'IN', '["couples","mehndi","festive_wear"]', 'North India.'),
('dhanteras',          'Dhanteras',            '{"hi":"धनतेरस"}',               '2026-11-06', 'IN', '["shopping","prosperity","gold"]', 'Start of the Diwali days; a big shopping day.'),
('diwali',             'Diwali',               '{"hi":"दिवाली"}',               '2026-11-08', 'IN', '["festival_of_lights","sweets","gifting","home_decor"]', 'Lakshmi Puja.'),
('bhai-dooj',          'Bhai Dooj',            '{"hi":"भाई दूज"}',               '2026-11-11', 'IN', '["siblings","gifting"]', null),
('chhath-puja',        'Chhath Puja',          '{"hi":"छठ पूजा"}',               '2026-11-15', 'IN', '["devotion","sun_worship","family"]', 'Main day (evening offering); a four-day festival of Bihar, Jharkhand and eastern Uttar Pradesh.'),
('guru-nanak-jayanti', 'Guru Nanak Jayanti',   '{"hi":"गुरु नानक जयंती"}',        '2026-11-24', 'IN', '["devotion","langar","community"]', 'Gurpurab; Kartik Purnima.'),
('christmas',          'Christmas',            '{"hi":"क्रिसमस"}',              '2026-12-25', 'IN', '["celebration","cakes","gifting"]', null),
('new-years-eve',      'New Year''s Eve',      '{"hi":"नए साल की पूर्व संध्या"}',   '2026-12-31', 'IN', '["party","celebration"]', null),
-- 2027
('new-year',           'New Year''s Day',      '{"hi":"नया साल"}',              '2027-01-01', 'IN', '["new_beginnings","resolutions","celebration"]', null),
('lohri',              'Lohri',                '{"hi":"लोहड़ी"}',                '2027-01-14', 'IN', '["bonfire","harvest","family"]', 'Punjab and north India; the eve of Maghi / Makar Sankranti.'),
('makar-sankranti',    'Makar Sankranti',      '{"hi":"मकर संक्रांति"}',          '2027-01-15', 'IN', '["harvest","kites","til_gud_sweets"]', 'Sun enters Capricorn in the night of 14-15 January 2027, so the festival is on the 15th.'),
('pongal',             'Pongal',               '{"hi":"पोंगल"}',                '2027-01-15', 'IN', '["harvest","sweet_pongal","family"]', 'Thai Pongal (Tamil Nadu); Bhogi is the day before.'),
('republic-day',       'Republic Day',         '{"hi":"गणतंत्र दिवस"}',          '2027-01-26', 'IN', '["national_pride","tricolour"]', 'National holiday.'),
('vasant-panchami',    'Vasant Panchami',      '{"hi":"वसंत पंचमी"}',           '2027-02-11', 'IN', '["spring","yellow","learning"]', 'Saraswati Puja in the east.'),
('valentines-day',     'Valentine''s Day',     '{"hi":"वैलेंटाइन डे"}',          '2027-02-14', 'IN', '["love","gifting","couples"]', 'Celebrated in cities; worldwide date.'),
('maha-shivaratri',    'Maha Shivaratri',      '{"hi":"महाशिवरात्रि"}',           '2027-03-06', 'IN', '["devotion","fasting"]', null),
('womens-day',         'International Women''s Day', '{"hi":"महिला दिवस"}',       '2027-03-08', 'IN', '["women","appreciation"]', 'Worldwide date.'),
('eid-al-fitr',        'Eid al-Fitr',          '{"hi":"ईद-उल-फ़ित्र"}',           '2027-03-10', 'IN', '["feast","sweets","family"]', 'Depends on the sighting of the moon; may be a day earlier or later.'),
('holi',               'Holi',                 '{"hi":"होली"}',                 '2027-03-22', 'IN', '["colours","sweets","family"]', 'Holika Dahan is the evening before.'),
('ugadi-gudi-padwa',   'Ugadi / Gudi Padwa',   '{"hi":"उगादी / गुड़ी पड़वा"}',      '2027-04-07', 'IN', '["new_year","new_beginnings"]', 'Hindu new year in Karnataka, Andhra Pradesh, Telangana (Ugadi) and Maharashtra (Gudi Padwa).'),
('baisakhi',           'Baisakhi',             '{"hi":"बैसाखी"}',               '2027-04-14', 'IN', '["harvest","new_year","celebration"]', 'Also the solar new year in several states (Vishu, Puthandu, Pohela Boishakh on 14-15 April).'),
('ram-navami',         'Ram Navami',           '{"hi":"राम नवमी"}',              '2027-04-15', 'IN', '["devotion"]', null),
('mothers-day',        'Mother''s Day',        '{"hi":"मदर्स डे"}',              '2027-05-09', 'IN', '["mothers","gifting","family"]', 'Second Sunday of May, as in India and the US.'),
('eid-al-adha',        'Eid al-Adha',          '{"hi":"ईद-उल-अज़हा"}',            '2027-05-17', 'IN', '["feast","family","sharing"]', 'Bakrid. Depends on the sighting of the moon; may be a day earlier or later.'),
('fathers-day',        'Father''s Day',        '{"hi":"फ़ादर्स डे"}',              '2027-06-20', 'IN', '["fathers","gifting","family"]', 'Third Sunday of June.'),
('independence-day',   'Independence Day',     '{"hi":"स्वतंत्रता दिवस"}',         '2027-08-15', 'IN', '["national_pride","tricolour"]', 'National holiday.'),
('raksha-bandhan',     'Raksha Bandhan',       '{"hi":"रक्षाबंधन"}',              '2027-08-17', 'IN', '["siblings","gifting","sweets"]', null),
('janmashtami',        'Janmashtami',          '{"hi":"जन्माष्टमी"}',             '2027-08-25', 'IN', '["devotion","dahi_handi"]', 'Some (Smarta) calendars keep it on 24 August.'),
('ganesh-chaturthi',   'Ganesh Chaturthi',     '{"hi":"गणेश चतुर्थी"}',           '2027-09-04', 'IN', '["new_beginnings","modak_sweets","devotion"]', 'Ten days of celebration, especially in Maharashtra.'),
('onam',               'Onam',                 '{"hi":"ओणम"}',                  '2027-09-12', 'IN', '["harvest","sadya_feast","pookalam"]', 'Thiruvonam day (Kerala).'),
('navratri',           'Navratri',             '{"hi":"नवरात्रि"}',               '2027-09-30', 'IN', '["garba_dandiya","devotion","festive_wear"]', 'First day (Ghatasthapana) of Sharad Navratri; nine nights. Durga Puja in Bengal falls in its last days.'),
('gandhi-jayanti',     'Gandhi Jayanti',       '{"hi":"गांधी जयंती"}',             '2027-10-02', 'IN', '["national_pride","community"]', 'National holiday.'),
('dussehra',           'Dussehra',             '{"hi":"दशहरा"}',                '2027-10-09', 'IN', '["victory_of_good","celebration"]', 'Vijayadashami.'),
('karwa-chauth',       'Karwa Chauth',         '{"hi":"करवा चौथ"}',              '2027-10-18', 'IN', '["couples","mehndi","festive_wear"]', 'North India.'),
('dhanteras',          'Dhanteras',            '{"hi":"धनतेरस"}',               '2027-10-27', 'IN', '["shopping","prosperity","gold"]', 'Start of the Diwali days; a big shopping day.'),
('diwali',             'Diwali',               '{"hi":"दिवाली"}',               '2027-10-29', 'IN', '["festival_of_lights","sweets","gifting","home_decor"]', 'Lakshmi Puja.'),
('bhai-dooj',          'Bhai Dooj',            '{"hi":"भाई दूज"}',               '2027-10-31', 'IN', '["siblings","gifting"]', null),
('chhath-puja',        'Chhath Puja',          '{"hi":"छठ पूजा"}',               '2027-11-04', 'IN', '["devotion","sun_worship","family"]', 'Main day (evening offering); a four-day festival of Bihar, Jharkhand and eastern Uttar Pradesh.'),
('guru-nanak-jayanti', 'Guru Nanak Jayanti',   '{"hi":"गुरु नानक जयंती"}',        '2027-11-14', 'IN', '["devotion","langar","community"]', 'Gurpurab; Kartik Purnima.'),
('christmas',          'Christmas',            '{"hi":"क्रिसमस"}',              '2027-12-25', 'IN', '["celebration","cakes","gifting"]', null),
('new-years-eve',      'New Year''s Eve',      '{"hi":"नए साल की पूर्व संध्या"}',   '2027-12-31', 'IN', '["party","celebration"]', null);

-- How a content theme code (a business's categoryConfig.contentThemes, e.g. "before_after") reads inside a sentence,
-- per language: labels is a JSON object of language -> noun phrase. Themes a business types itself and that have no
-- row here are used as written (underscores read as spaces).
create table content_theme (
    code   varchar(60) primary key,
    labels text        not null
);

insert into content_theme values
('food_photos',            '{"en":"dishes fresh from our kitchen","hi":"हमारी रसोई के ताज़ा पकवान"}'),
('daily_specials',         '{"en":"today''s specials","hi":"आज के ख़ास व्यंजन"}'),
('customer_testimonials',  '{"en":"what our customers say about us","hi":"हमारे ग्राहकों की राय"}'),
('before_after',           '{"en":"before-and-after transformations","hi":"पहले और बाद का बदलाव"}'),
('styling_tips',           '{"en":"styling tips from our experts","hi":"हमारे विशेषज्ञों के स्टाइलिंग टिप्स"}'),
('product_features',       '{"en":"the products we use and trust","hi":"हमारे भरोसेमंद प्रोडक्ट"}'),
('new_arrivals',           '{"en":"new arrivals","hi":"नया स्टॉक"}'),
('offers',                 '{"en":"our current offers","hi":"हमारे मौजूदा ऑफ़र"}'),
('health_tips',            '{"en":"simple health tips","hi":"सेहत के आसान सुझाव"}'),
('doctor_profiles',        '{"en":"the doctors who care for you","hi":"आपकी देखभाल करने वाले हमारे डॉक्टर"}'),
('patient_testimonials',   '{"en":"what our patients say","hi":"हमारे मरीज़ों की राय"}'),
('maintenance_tips',       '{"en":"home maintenance tips","hi":"घर की देखभाल के सुझाव"}'),
('workout_tips',           '{"en":"workout tips from our trainers","hi":"हमारे ट्रेनरों के वर्कआउट टिप्स"}'),
('member_transformations', '{"en":"our members'' transformations","hi":"हमारे सदस्यों का बदलाव"}'),
('class_schedule',         '{"en":"this week''s classes","hi":"इस हफ़्ते की क्लासें"}'),
('behind_the_scenes',      '{"en":"a look behind the scenes","hi":"पर्दे के पीछे की एक झलक"}'),
('our_services',           '{"en":"the services we offer","hi":"हमारी सेवाएँ"}'),
('meet_the_team',          '{"en":"the team behind the counter","hi":"हमारी टीम"}');

-- Texts of the built-in generator. category is a business category code or '*' for any; language a primary
-- language subtag; kind post | festival_post | review_reply | offer_hint (the closing call to action put in
-- {offer_hint}). stars narrows a review_reply to 4 or 5 stars (null: either). Placeholders: {business}, {city},
-- {theme}, {festival}, {when} (today / tomorrow / on Sunday, 8 November), {reviewer}, {offer_hint}.
-- The generator picks among the rows of the business's category and '*' in id order, so ids are stable names.
-- Texts make no promise the business has not made (no discounts, no opening hours): offers are the owner's to add.
create table content_template (
    id       varchar(60) primary key,
    category varchar(30) not null,
    language varchar(8)  not null,
    kind     varchar(20) not null check (kind in ('post', 'festival_post', 'review_reply', 'offer_hint')),
    stars    smallint    check (stars between 4 and 5),
    text     text        not null
);
create index content_template_kind_ix on content_template (kind, language, category);

insert into content_template (id, category, language, kind, stars, text) values
-- English: daily posts
('any.en.post.1',          '*',            'en', 'post', null, 'Today at {business}, {city}: {theme}. Thank you for supporting a local business! {offer_hint}'),
('any.en.post.2',          '*',            'en', 'post', null, 'Spotlight on {theme} at {business}. We are always happy to see you. {offer_hint}'),
('any.en.post.3',          '*',            'en', 'post', null, 'From all of us at {business}: {theme}. {offer_hint}'),
('salon.en.post.1',        'salon',        'en', 'post', null, 'Fresh look, fresh mood! ✨ This week at {business} we are sharing {theme}. From a quick trim to a full makeover, our stylists in {city} are ready for you. {offer_hint}'),
('salon.en.post.2',        'salon',        'en', 'post', null, 'Your hair and skin deserve some care today. At {business}, today is about {theme}: ask our team anything on your next visit. {offer_hint}'),
('salon.en.post.3',        'salon',        'en', 'post', null, 'Spotlight on {theme} at {business}, {city}. Small changes, big confidence. 💇 {offer_hint}'),
('salon.en.post.4',        'salon',        'en', 'post', null, 'A special occasion coming up? Our {city} team at {business} loves helping you look and feel your best. Today: {theme}. {offer_hint}'),
('restaurant.en.post.1',   'restaurant',   'en', 'post', null, 'Hungry, {city}? 🍽️ Today at {business}: {theme}. Cooked fresh, served warm. {offer_hint}'),
('restaurant.en.post.2',   'restaurant',   'en', 'post', null, 'Good food brings people together. From the {business} kitchen: {theme}. {offer_hint}'),
('restaurant.en.post.3',   'restaurant',   'en', 'post', null, 'Lunch plans or dinner with the family? {business} is ready for you. Today''s spotlight: {theme}. {offer_hint}'),
('restaurant.en.post.4',   'restaurant',   'en', 'post', null, 'Made with care, every single day. From our kitchen in {city}: {theme}. {offer_hint}'),
('clinic.en.post.1',       'clinic',       'en', 'post', null, 'Your health and your family''s health come first. Today at {business}: {theme}. {offer_hint}'),
('clinic.en.post.2',       'clinic',       'en', 'post', null, 'Small habits make a big difference to your health. This week at {business}, {city}: {theme}. {offer_hint}'),
('clinic.en.post.3',       'clinic',       'en', 'post', null, 'Questions about your health? Our team at {business} is here to help. Today: {theme}. {offer_hint}'),
('clinic.en.post.4',       'clinic',       'en', 'post', null, 'Caring for {city}, one patient at a time. From {business}: {theme}. {offer_hint}'),
('retail.en.post.1',       'retail',       'en', 'post', null, 'Something new is waiting for you at {business}! 🛍️ Today: {theme}. {offer_hint}'),
('retail.en.post.2',       'retail',       'en', 'post', null, 'Shop local, shop smart. Drop by {business} in {city} and see {theme} for yourself. {offer_hint}'),
('retail.en.post.3',       'retail',       'en', 'post', null, 'Looking for the right thing at the right price? Today at {business}: {theme}. {offer_hint}'),
('retail.en.post.4',       'retail',       'en', 'post', null, 'Thank you for choosing a local store, {city}! Today {business} is featuring {theme}. {offer_hint}'),
('home_service.en.post.1', 'home_service', 'en', 'post', null, 'A well-kept home is a happy home. 🏠 Today {business} shares {theme}. {offer_hint}'),
('home_service.en.post.2', 'home_service', 'en', 'post', null, 'Repairs, cleaning or maintenance in {city}? {business} is a call away. Today: {theme}. {offer_hint}'),
('home_service.en.post.3', 'home_service', 'en', 'post', null, 'Small jobs done on time save big costs later. From the {business} team: {theme}. {offer_hint}'),
('home_service.en.post.4', 'home_service', 'en', 'post', null, 'Trusted by homes across {city}. Today at {business}: {theme}. {offer_hint}'),
('gym.en.post.1',          'gym',          'en', 'post', null, 'Every rep counts! 💪 Today at {business}: {theme}. {offer_hint}'),
('gym.en.post.2',          'gym',          'en', 'post', null, 'Stronger every week, {city}. The {business} team brings you {theme}. {offer_hint}'),
('gym.en.post.3',          'gym',          'en', 'post', null, 'Consistency beats intensity. Today''s focus at {business}: {theme}. {offer_hint}'),
('gym.en.post.4',          'gym',          'en', 'post', null, 'Your fitness goals, our support. Spotlight on {theme} at {business}. {offer_hint}'),
('other.en.post.1',        'other',        'en', 'post', null, 'Hello {city}! Here is what is happening at {business} today: {theme}. {offer_hint}'),
('other.en.post.2',        'other',        'en', 'post', null, 'We love serving our neighbours. Today at {business}: {theme}. {offer_hint}'),
('other.en.post.3',        'other',        'en', 'post', null, 'A little look at {theme}, from all of us at {business}. {offer_hint}'),
-- English: festival posts
('any.en.festival.1',          '*',            'en', 'festival_post', null, '{festival} is {when}! 🎉 Warm wishes to you and your family from everyone at {business}, {city}. {offer_hint}'),
('any.en.festival.2',          '*',            'en', 'festival_post', null, 'Getting ready for {festival}? {business} wishes you joy and good times with your loved ones. {offer_hint}'),
('any.en.festival.3',          '*',            'en', 'festival_post', null, 'Celebrate {festival} with {business}! Wishing you and your family happiness and good health. {offer_hint}'),
('any.en.festival.4',          '*',            'en', 'festival_post', null, 'Happy {festival} from {business}, {city}! ✨ {offer_hint}'),
('salon.en.festival.1',        'salon',        'en', 'festival_post', null, '{festival} is {when}! ✨ Look your festive best with {business}: book early for the festive rush. {offer_hint}'),
('salon.en.festival.2',        'salon',        'en', 'festival_post', null, 'Festive season, festive glow. Get ready for {festival} with {business}, {city}. {offer_hint}'),
('restaurant.en.festival.1',   'restaurant',   'en', 'festival_post', null, '{festival} is {when}! Celebrate with good food and the people you love at {business}. {offer_hint}'),
('restaurant.en.festival.2',   'restaurant',   'en', 'festival_post', null, 'Planning a {festival} get-together? {business} in {city} would love to host you. {offer_hint}'),
('clinic.en.festival.1',       'clinic',       'en', 'festival_post', null, '{festival} is {when}. Wishing you a happy and healthy celebration from the team at {business}. Eat well, stay hydrated and take care of each other. {offer_hint}'),
('clinic.en.festival.2',       'clinic',       'en', 'festival_post', null, 'Warm {festival} wishes from {business}, {city}. Celebrate safely and look after your health. {offer_hint}'),
('retail.en.festival.1',       'retail',       'en', 'festival_post', null, '{festival} is {when}! 🛍️ Find gifts and festive picks at {business}, {city}. {offer_hint}'),
('retail.en.festival.2',       'retail',       'en', 'festival_post', null, 'Shopping for {festival}? Drop by {business}: we are ready for you. {offer_hint}'),
('home_service.en.festival.1', 'home_service', 'en', 'festival_post', null, '{festival} is {when}! Get your home guest-ready with {business}. {offer_hint}'),
('home_service.en.festival.2', 'home_service', 'en', 'festival_post', null, 'Warm {festival} wishes from {business}. A clean, well-kept home makes every celebration better. {offer_hint}'),
('gym.en.festival.1',          'gym',          'en', 'festival_post', null, '{festival} is {when}! Enjoy the celebrations, then get back on track with {business}. 💪 {offer_hint}'),
('gym.en.festival.2',          'gym',          'en', 'festival_post', null, 'Happy {festival} from the {business} family! Celebrate well and keep moving. {offer_hint}'),
-- English: replies to 4 and 5 star reviews
('any.en.reply.1',        '*',          'en', 'review_reply', 5,    'Dear {reviewer}, thank you so much for the five stars! We are delighted you enjoyed your visit to {business} and look forward to seeing you again soon.'),
('any.en.reply.2',        '*',          'en', 'review_reply', 5,    'Dear {reviewer}, your kind words made our day. Thank you for choosing {business}; see you again soon!'),
('any.en.reply.3',        '*',          'en', 'review_reply', 4,    'Dear {reviewer}, thank you for the lovely review! We are glad you had a good experience at {business}. If there is anything we could do even better, please tell us on your next visit.'),
('any.en.reply.4',        '*',          'en', 'review_reply', 4,    'Dear {reviewer}, thank you for taking the time to review {business}. We are always working to make every visit a five-star one, and we hope to see you again soon.'),
('any.en.reply.5',        '*',          'en', 'review_reply', null, 'Dear {reviewer}, thank you for your review! It means a lot to all of us at {business}. We look forward to seeing you again.'),
('salon.en.reply.1',      'salon',      'en', 'review_reply', null, 'Dear {reviewer}, thank you for the wonderful review! We loved having you at {business} and cannot wait to see you at your next appointment.'),
('restaurant.en.reply.1', 'restaurant', 'en', 'review_reply', null, 'Dear {reviewer}, thank you for dining with us! We are so happy you enjoyed your meal at {business}. See you at your next visit.'),
('clinic.en.reply.1',     'clinic',     'en', 'review_reply', null, 'Dear {reviewer}, thank you for trusting {business} with your care. We wish you good health and are here whenever you need us.'),
-- English: calls to action
('any.en.cta.1',          '*',            'en', 'offer_hint', null, 'Visit us or send us a message today.'),
('any.en.cta.2',          '*',            'en', 'offer_hint', null, 'Get in touch with us today.'),
('salon.en.cta.1',        'salon',        'en', 'offer_hint', null, 'Book your appointment today.'),
('salon.en.cta.2',        'salon',        'en', 'offer_hint', null, 'Message us to book your slot.'),
('restaurant.en.cta.1',   'restaurant',   'en', 'offer_hint', null, 'Reserve your table or just drop in.'),
('restaurant.en.cta.2',   'restaurant',   'en', 'offer_hint', null, 'Call us to book a table.'),
('clinic.en.cta.1',       'clinic',       'en', 'offer_hint', null, 'Book your appointment with us.'),
('clinic.en.cta.2',       'clinic',       'en', 'offer_hint', null, 'Call us to book a consultation.'),
('retail.en.cta.1',       'retail',       'en', 'offer_hint', null, 'Visit our store today.'),
('retail.en.cta.2',       'retail',       'en', 'offer_hint', null, 'Message us to check what is in stock.'),
('home_service.en.cta.1', 'home_service', 'en', 'offer_hint', null, 'Call us to book a visit.'),
('home_service.en.cta.2', 'home_service', 'en', 'offer_hint', null, 'Message us to schedule a visit.'),
('gym.en.cta.1',          'gym',          'en', 'offer_hint', null, 'Drop by and talk to our trainers.'),
('gym.en.cta.2',          'gym',          'en', 'offer_hint', null, 'Message us to know about memberships.'),
-- Hindi: daily posts
('any.hi.post.1',         '*',          'hi', 'post', null, 'आज {business}, {city} में ख़ास: {theme}। स्थानीय व्यापार का साथ देने के लिए धन्यवाद! {offer_hint}'),
('any.hi.post.2',         '*',          'hi', 'post', null, '{business} की ओर से आज का विषय: {theme}। आपसे मिलकर हमें हमेशा ख़ुशी होती है। {offer_hint}'),
('any.hi.post.3',         '*',          'hi', 'post', null, '{city} के हमारे सभी ग्राहकों को नमस्ते! आज {business} में: {theme}। {offer_hint}'),
('any.hi.post.4',         '*',          'hi', 'post', null, '{business} परिवार की ओर से: {theme}। {offer_hint}'),
('salon.hi.post.1',       'salon',      'hi', 'post', null, 'नया लुक, नई ताज़गी! ✨ इस हफ़्ते {business} में: {theme}। {city} में हमारी टीम आपका इंतज़ार कर रही है। {offer_hint}'),
('salon.hi.post.2',       'salon',      'hi', 'post', null, 'अपने बालों और त्वचा का ख़याल रखें। आज {business} पर: {theme}। {offer_hint}'),
('restaurant.hi.post.1',  'restaurant', 'hi', 'post', null, 'भूख लगी है, {city}? 🍽️ आज {business} में: {theme}। ताज़ा बना, गरमागरम परोसा। {offer_hint}'),
('restaurant.hi.post.2',  'restaurant', 'hi', 'post', null, 'अच्छा खाना सबको साथ लाता है। {business} की रसोई से: {theme}। {offer_hint}'),
('clinic.hi.post.1',      'clinic',     'hi', 'post', null, 'आपकी सेहत सबसे पहले। आज {business} की ओर से: {theme}। {offer_hint}'),
('gym.hi.post.1',         'gym',        'hi', 'post', null, 'हर दिन थोड़ा बेहतर! 💪 आज {business} में: {theme}। {offer_hint}'),
-- Hindi: festival posts
('any.hi.festival.1',        '*',          'hi', 'festival_post', null, '{festival} {when} है! 🎉 {business}, {city} की ओर से आपको और आपके परिवार को हार्दिक शुभकामनाएँ। {offer_hint}'),
('any.hi.festival.2',        '*',          'hi', 'festival_post', null, '{festival} की तैयारी शुरू! {business} की ओर से आपको ढेर सारी ख़ुशियों की शुभकामनाएँ। {offer_hint}'),
('any.hi.festival.3',        '*',          'hi', 'festival_post', null, '{festival} की हार्दिक शुभकामनाएँ! ✨ {business} परिवार आपके सुख और अच्छे स्वास्थ्य की कामना करता है। {offer_hint}'),
('any.hi.festival.4',        '*',          'hi', 'festival_post', null, '{when} {festival} है। अपनों के साथ ख़ुशियाँ मनाइए, {business} हमेशा आपके साथ है। {offer_hint}'),
('salon.hi.festival.1',      'salon',      'hi', 'festival_post', null, '{festival} {when} है! ✨ त्योहार के लिए अपना नया लुक {business} के साथ तैयार करें। {offer_hint}'),
('restaurant.hi.festival.1', 'restaurant', 'hi', 'festival_post', null, '{festival} {when} है! अपनों के साथ त्योहार का स्वाद लीजिए {business} में। {offer_hint}'),
-- Hindi: replies to 4 and 5 star reviews
('any.hi.reply.1', '*', 'hi', 'review_reply', 5,    'प्रिय {reviewer}, पाँच सितारों के लिए बहुत-बहुत धन्यवाद! हमें ख़ुशी है कि {business} में आपका अनुभव अच्छा रहा। जल्द फिर मिलेंगे।'),
('any.hi.reply.2', '*', 'hi', 'review_reply', 5,    'प्रिय {reviewer}, आपके प्यारे शब्दों ने हमारा दिन बना दिया। {business} चुनने के लिए धन्यवाद!'),
('any.hi.reply.3', '*', 'hi', 'review_reply', 4,    'प्रिय {reviewer}, आपकी समीक्षा के लिए धन्यवाद! हम हर बार आपके अनुभव को और बेहतर बनाने की कोशिश करते रहेंगे। {business} में फिर पधारें।'),
('any.hi.reply.4', '*', 'hi', 'review_reply', null, 'प्रिय {reviewer}, आपकी समीक्षा के लिए हार्दिक धन्यवाद! {business} की पूरी टीम आपका फिर से स्वागत करने का इंतज़ार कर रही है।'),
-- Hindi: calls to action
('any.hi.cta.1',          '*',            'hi', 'offer_hint', null, 'आज ही हमसे संपर्क करें।'),
('any.hi.cta.2',          '*',            'hi', 'offer_hint', null, 'आज ही हमें मैसेज करें।'),
('salon.hi.cta.1',        'salon',        'hi', 'offer_hint', null, 'अपनी अपॉइंटमेंट आज ही बुक करें।'),
('restaurant.hi.cta.1',   'restaurant',   'hi', 'offer_hint', null, 'अपनी टेबल आज ही बुक करें।'),
('clinic.hi.cta.1',       'clinic',       'hi', 'offer_hint', null, 'अपॉइंटमेंट के लिए हमें कॉल करें।'),
('retail.hi.cta.1',       'retail',       'hi', 'offer_hint', null, 'आज ही हमारे स्टोर पर आइए।'),
('home_service.hi.cta.1', 'home_service', 'hi', 'offer_hint', null, 'विज़िट बुक करने के लिए हमें कॉल करें।'),
('gym.hi.cta.1',          'gym',          'hi', 'offer_hint', null, 'हमारे ट्रेनरों से मिलने आइए।');
