-- The language a person chose for the web app, so it follows them to every device (null: not chosen yet;
-- the app then uses the browser's language).
alter table app_user add column language varchar(35);
