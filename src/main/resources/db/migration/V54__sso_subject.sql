-- The realm (Keycloak) account a user signs in with, when they come through single sign-on.
alter table app_user add column external_subject varchar(255);
create unique index app_user_external_subject_uq on app_user (external_subject) where external_subject is not null;
